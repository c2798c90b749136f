package ru.masterskaya.practice;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;

/** Tells the sides of a pair, in Russian and through the outbox, that the plan changed or was agreed. */
@Component
class PairMails {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PersonManagement people;
    private final TopicCatalogue topics;
    private final String baseUrl;

    PairMails(MailOutbox outbox, MessageSource messages, PersonManagement people, TopicCatalogue topics,
            @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.people = people;
        this.topics = topics;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The plan was proposed or changed by {@code editor}; the side that must look at it again is told. */
    void planChanged(PracticePair pair, PairActor editor) {
        Person author = people.own(new PersonId(editor.personId()));
        PairSide side = editor.sideIn(pair);
        for (PairSide recipient : PairSide.values()) {
            if (recipient != side) {
                send(pair, recipient, "pairMail.planChanged", author.getFullName().initialsFirst());
            }
        }
    }

    /** Both sides agreed: both learn that the practice may start. */
    void agreed(PracticePair pair) {
        for (PairSide recipient : PairSide.values()) {
            send(pair, recipient, "pairMail.agreed", "");
        }
    }

    private void send(PracticePair pair, PairSide recipientSide, String key, String author) {
        Person recipient = people.own(new PersonId((recipientSide == PairSide.MASTER ? pair.master() : pair.practitioner()).personId()));
        String topic = topics.get(new TopicId(pair.topicId())).getName();
        Object[] arguments = {addressedAs(recipient.getFullName()), topic, author, baseUrl + "/pairs/" + pair.getId()};
        outbox.enqueue(new OutgoingMail(recipient.getEmail(), messages.getMessage(key + ".subject", arguments, RUSSIAN),
                messages.getMessage(key + ".body", arguments, RUSSIAN)));
    }

    private static String addressedAs(FullName name) {
        return name.middleName() == null ? name.firstName() : name.firstName() + " " + name.middleName();
    }
}
