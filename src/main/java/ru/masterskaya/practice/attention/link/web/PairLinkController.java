package ru.masterskaya.practice.attention.link.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairRepository;
import ru.masterskaya.practice.attention.link.PairLinkHolder;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The page behind a reminder's one-time link ({@code /p/{token}}, a stateless chain like
 * {@code /d/**}): shows the pair to the side the link was sent to and hands over to the journal
 * form at {@code /p/{token}/journal}, which redeems the link when it saves the entry.
 */
@Controller
class PairLinkController {

    static final String JOURNAL_FORM = PairLinks.PATH + "{token}/journal";

    private final PairLinks links;
    private final PracticePairRepository pairs;
    private final PersonRepository people;
    private final TopicCatalogue topics;
    private final RequestMappingHandlerMapping handlers;
    private final Clock clock;

    PairLinkController(PairLinks links, PracticePairRepository pairs, PersonRepository people, TopicCatalogue topics,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers, Clock clock) {
        this.links = links;
        this.pairs = pairs;
        this.people = people;
        this.topics = topics;
        this.handlers = handlers;
        this.clock = clock;
    }

    @GetMapping(PairLinks.PATH + "{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PairLinkHolder> holder = links.open(token);
        Optional<PracticePair> pair = holder.flatMap(link -> pairs.findById(link.pairId())).filter(found -> found.status().isUnderway());
        if (pair.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "practice/attention/link-not-usable";
        }
        PracticePair found = pair.get();
        Map<UUID, Person> persons = people.findAllById(List.of(found.practitioner().personId(), found.master().personId())).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        model.addAttribute("pair", found);
        model.addAttribute("side", found.sideOf(holder.get().personId()));
        model.addAttribute("practitioner", persons.get(found.practitioner().personId()));
        model.addAttribute("master", persons.get(found.master().personId()));
        model.addAttribute("topic", topics.get(new TopicId(found.topicId())).getName());
        model.addAttribute("expiresOn", LocalDate.ofInstant(holder.get().expiresAt(), clock.getZone()));
        model.addAttribute("journalForm", hasJournalForm() ? PairLinks.PATH + token + "/journal" : null);
        return "practice/attention/link";
    }

    /** Whether the pair pages offer the journal form behind the link (they may be deployed later than this page). */
    private boolean hasJournalForm() {
        return handlers.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains(JOURNAL_FORM));
    }
}
