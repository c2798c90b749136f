package ru.masterskaya.matching.run;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;

/** Tells both sides of a published pair, in Russian, whom they work with, on what topic and why. */
@Component
class RunMails {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    RunMails(MailOutbox outbox, MessageSource messages, @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void published(AcademicYear year, StoredPair pair, String topicName, PersonCard practitioner, PersonCard master) {
        send("runMail.practitioner", practitioner, master, year, topicName, pair.explanation(), "/my/request");
        send("runMail.master", master, practitioner, year, topicName, pair.explanation(), "/my/offer");
    }

    private void send(String key, PersonCard to, PersonCard other, AcademicYear year, String topicName, String explanation, String path) {
        Object[] arguments = {to.firstNames(), other.name(), other.organisationName(), topicName, explanation, year.label(), baseUrl + path};
        outbox.enqueue(new OutgoingMail(to.email(), messages.getMessage(key + ".subject", arguments, RUSSIAN),
                messages.getMessage(key + ".body", arguments, RUSSIAN)));
    }
}
