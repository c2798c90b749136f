package ru.masterskaya.matching.offer;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Person;

/** Tells a master, in Russian, that the coordinator proposed an offer and where to give or refuse consent. */
@Component
class OfferMails {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final TopicCatalogue topics;
    private final String baseUrl;

    OfferMails(MailOutbox outbox, MessageSource messages, TopicCatalogue topics, @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.topics = topics;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void proposed(MasterOffer offer, Person master) {
        String topicNames = offer.getTopics().stream().map(topic -> topics.get(new TopicId(topic.getTopicId())))
                .map(Topic::getName).map(name -> "«" + name + "»").collect(Collectors.joining(", "));
        Object[] arguments = {addressedAs(master.getFullName()), offer.academicYear().label(), topicNames, baseUrl + "/my/offer"};
        outbox.enqueue(new OutgoingMail(master.getEmail(),
                messages.getMessage("offerMail.proposed.subject", arguments, RUSSIAN),
                messages.getMessage("offerMail.proposed.body", arguments, RUSSIAN)));
    }

    private static String addressedAs(FullName name) {
        return name.middleName() == null ? name.firstName() : name.firstName() + " " + name.middleName();
    }
}
