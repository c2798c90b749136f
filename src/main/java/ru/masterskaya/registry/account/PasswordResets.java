package ru.masterskaya.registry.account;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.SecurityProperties;

/**
 * «Forgot password»: a one-time link by e-mail, and a new password with it. Whether an address is
 * known never shows in the answer; a reset ends the user's other sessions and lifts a login lock.
 */
@Service
@Transactional
public class PasswordResets {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final AccountMails mails;
    private final SecurityProperties properties;
    private final PasswordEncoder passwords;
    private final LoginAttempts loginAttempts;
    private final UserSessions sessions;

    PasswordResets(
            AccountRepository accounts,
            OneTimeTokens tokens,
            AccountMails mails,
            SecurityProperties properties,
            PasswordEncoder passwords,
            LoginAttempts loginAttempts,
            UserSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.passwords = passwords;
        this.loginAttempts = loginAttempts;
        this.sessions = sessions;
    }

    /**
     * Sends a link if the address belongs to an enabled account of someone still at work, and no
     * link went to it within the last few minutes (so the form cannot be used to flood a mailbox);
     * otherwise nothing, and the answer is the same.
     */
    public void request(String email) {
        accounts.findByUsername(Person.normalizeEmail(email))
                .filter(Account::isEnabled)
                .filter(account -> account.getPerson().isActive())
                .filter(account -> !tokens.issuedWithin(account, TokenPurpose.RESET, properties.resetRequestInterval()))
                .ifPresent(account -> mails.sendPasswordReset(
                        account, tokens.issue(account, TokenPurpose.RESET, properties.resetValidity())));
    }

    @Transactional(readOnly = true)
    public Optional<String> loginOf(String token) {
        return tokens.peek(token, TokenPurpose.RESET).map(Account::getUsername);
    }

    public void reset(String token, String password) {
        Account account = tokens.redeem(token, TokenPurpose.RESET);
        account.setPasswordHash(passwords.encode(password));
        loginAttempts.forget(account.getUsername());
        sessions.endAllAfterCommit(account.getUsername());
    }
}
