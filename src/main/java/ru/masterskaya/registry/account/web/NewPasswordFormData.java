package ru.masterskaya.registry.account.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new password typed twice. The login is not bound from the request: the controller fills it
 * from the one-time link, so that a password equal to the e-mail can be refused.
 */
@PasswordsMatch
@PasswordDiffersFromLogin
class NewPasswordFormData {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    @NotEmpty(message = "{password.required}")
    @Size(min = MIN_LENGTH, max = MAX_LENGTH, message = "{password.length}")
    private @Nullable String password;

    private @Nullable String confirmation;

    private @Nullable String login;

    static NewPasswordFormData forLogin(@Nullable String login) {
        NewPasswordFormData form = new NewPasswordFormData();
        form.login = login;
        return form;
    }

    public @Nullable String getPassword() { return password; }
    public void setPassword(@Nullable String password) { this.password = password; }
    public @Nullable String getConfirmation() { return confirmation; }
    public void setConfirmation(@Nullable String confirmation) { this.confirmation = confirmation; }
    public @Nullable String getLogin() { return login; }
}
