package ru.masterskaya.practice.attention;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Person;

/** Writes the reminder and digest e-mails, in Russian, into the outbox of the caller's transaction. */
@Component
class AttentionMail {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    AttentionMail(MailOutbox outbox, MessageSource messages, @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void send(Person recipient, String key, Object... arguments) {
        Object[] withName = new Object[arguments.length + 1];
        withName[0] = addressedAs(recipient.getFullName());
        System.arraycopy(arguments, 0, withName, 1, arguments.length);
        outbox.enqueue(new OutgoingMail(recipient.getEmail(),
                messages.getMessage(key + ".subject", withName, RUSSIAN),
                messages.getMessage(key + ".body", withName, RUSSIAN)));
    }

    String url(String path) {
        return baseUrl + path;
    }

    String reasons(List<HealthReason> reasons) {
        return reasons.stream().map(reason -> "— " + text(reason.messageKey())).collect(Collectors.joining("\n"));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, RUSSIAN);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** «Имя Отчество», the polite form of address in a Russian letter. */
    static String addressedAs(FullName name) {
        return name.middleName() == null || name.middleName().isBlank() ? name.firstName() : name.firstName() + " " + name.middleName();
    }
}
