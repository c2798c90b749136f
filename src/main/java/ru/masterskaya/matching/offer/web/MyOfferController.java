package ru.masterskaya.matching.offer.web;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferNotFoundException;
import ru.masterskaya.matching.run.OwnPair;
import ru.masterskaya.matching.run.OwnPairs;
import ru.masterskaya.registry.CurrentUser;

/**
 * The master's own offer of the selected year: they give consent, and may lower the capacity or
 * narrow a mixed format. Roles do not change here: consent is recorded on the offer only.
 */
@Controller
class MyOfferController {

    private static final String PAGE = "matching/my-offer";

    private final MasterOffers offers;
    private final ru.masterskaya.calendar.SelectedAcademicYear selectedYear;
    private final MatchingReferences references;
    private final OwnPairs ownPairs;

    MyOfferController(MasterOffers offers, ru.masterskaya.calendar.SelectedAcademicYear selectedYear, MatchingReferences references,
            OwnPairs ownPairs) {
        this.ownPairs = ownPairs;
        this.offers = offers;
        this.selectedYear = selectedYear;
        this.references = references;
    }

    /** The published pairs of the year where the user is the master. */
    @ModelAttribute("ownPractitioners")
    java.util.List<OwnPair> ownPractitioners(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            java.util.Locale locale) {
        return ownPairs.publishedWith(user.personId().value(), selectedYear.of(session), locale).stream()
                .filter(pair -> pair.master().id().equals(user.personId().value())).toList();
    }

    @GetMapping("/my/offer")
    String show(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        Optional<MasterOffer> offer = offers.own(user.personId(), selectedYear.of(session));
        return page(model, offer.orElse(null), offer.map(MasterOffer::getCapacity).orElse(1), offer.map(MasterOffer::getFormat).orElse(null));
    }

    @PostMapping("/my/offer/{id}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, HttpSession session, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean consent, @RequestParam(required = false) @Nullable Integer capacity,
            @RequestParam(required = false) @Nullable MeetingFormat format, Model model, RedirectAttributes redirect) {
        MasterOffer offer = offers.own(user.personId(), selectedYear.of(session)).filter(own -> own.getId().equals(id))
                .orElseThrow(() -> new OfferNotFoundException(id));
        String error = null;
        if (!consent) {
            error = "myOffer.consent.required";
        } else if (capacity == null || capacity < 1 || capacity > offer.getMaxCapacity()) {
            error = "myOffer.capacity.range";
        } else if (format == null || !offer.getFormatLimit().allows(format)) {
            error = "myOffer.format.notAllowed";
        }
        if (error != null) {
            model.addAttribute("error", error);
            return page(model, offer, capacity, format);
        }
        offers.confirm(id, user.personId(), capacity, format);
        redirect.addFlashAttribute("message", "myOffer.confirmed");
        return "redirect:/my/offer";
    }

    private String page(Model model, @Nullable MasterOffer offer, @Nullable Integer capacity, @Nullable MeetingFormat format) {
        model.addAttribute("offer", offer);
        model.addAttribute("capacity", capacity);
        model.addAttribute("format", format);
        model.addAttribute("formats", offer == null ? java.util.List.of()
                : Arrays.stream(MeetingFormat.values()).filter(offer.getFormatLimit()::allows).toList());
        model.addAttribute("topicNames", references.topicNames());
        model.addAttribute("mentoringNames", references.mentoringNames());
        return PAGE;
    }
}
