package ru.masterskaya.matching.run;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;

/** The names that run pages, files and e-mails show: people's cards and the topics'. */
@Component
class RunNames {

    private final PersonRepository people;
    private final TopicCatalogue topics;

    RunNames(PersonRepository people, TopicCatalogue topics) {
        this.people = people;
        this.topics = topics;
    }

    Map<UUID, PersonCard> cards(Collection<UUID> ids) {
        Map<UUID, PersonCard> cards = new HashMap<>();
        for (Person person : people.findAllByIds(ids)) {
            Organisation organisation = person.getOrganisation();
            String firstNames = person.getMiddleName() == null ? person.getFirstName() : person.getFirstName() + " " + person.getMiddleName();
            cards.put(person.getId(), new PersonCard(person.getId(), person.getFullName().full(), firstNames, person.getEmail(),
                    organisation.getId(), organisation.getShortName(), organisation.getType().getCode(), organisation.getType().getName()));
        }
        return cards;
    }

    /** Every topic's name by id, read at once: a page of hundreds of pairs asks for the same few topics. */
    Map<UUID, String> topicNames() {
        Map<UUID, String> names = new HashMap<>();
        topics.list(TopicFilter.ALL).forEach(topic -> names.put(topic.getId(), topic.getName()));
        return names;
    }
}
