package ru.masterskaya.registry.account;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;
import ru.masterskaya.registry.FullName;

/** Writes the invitation and password-reset e-mails, in Russian, into the outbox. */
@Component
class AccountMails {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    AccountMails(MailOutbox outbox, MessageSource messages, Clock clock, @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void sendInvitation(Account account, OneTimeTokens.IssuedToken token) {
        send(account, "mail.invitation", "/account/activate/" + token.token(), token);
    }

    void sendPasswordReset(Account account, OneTimeTokens.IssuedToken token) {
        send(account, "mail.reset", "/password/reset/" + token.token(), token);
    }

    /** «Имя Отчество», the polite form of address in a Russian letter. */
    private static String addressedAs(FullName name) {
        return name.middleName() == null ? name.firstName() : name.firstName() + " " + name.middleName();
    }

    private void send(Account account, String key, String path, OneTimeTokens.IssuedToken token) {
        String validUntil = DATE_TIME.format(token.expiresAt().atZone(clock.getZone()));
        Object[] arguments = {addressedAs(account.getPerson().getFullName()), baseUrl + path, validUntil, account.getUsername()};
        outbox.enqueue(new OutgoingMail(
                account.getUsername(),
                messages.getMessage(key + ".subject", null, RoleScopes.RUSSIAN),
                messages.getMessage(key + ".body", arguments, RoleScopes.RUSSIAN)));
    }
}
