package ru.masterskaya.registry.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.web.PersonFormData;

class ForgotPasswordFormData {

    @NotBlank(message = "{person.email.required}")
    @Size(max = 254, message = "{field.tooLong}")
    @Pattern(regexp = PersonFormData.EMAIL_PATTERN, message = "{person.email.invalid}")
    private @Nullable String email;

    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
}
