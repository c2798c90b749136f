package ru.masterskaya.documents.web;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.SelectedAcademicYear;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.review.BookEdition;
import ru.masterskaya.documents.review.BookOfReviewsDocx;
import ru.masterskaya.documents.review.BookOfReviewsPdf;
import ru.masterskaya.documents.review.PracticeReviews;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/** The book of reviews of the selected year, for the whole scope or one organisation or municipality, as PDF or DOCX. */
@Controller
class BookOfReviewsController {

    private final PracticeReviews reviews;
    private final SelectedAcademicYear selectedYear;
    private final DocumentTemplates templates;
    private final BookFormations formations;
    private final TemplateOwners owners;

    BookOfReviewsController(PracticeReviews reviews, SelectedAcademicYear selectedYear, DocumentTemplates templates, BookFormations formations,
            TemplateOwners owners) {
        this.owners = owners;
        this.reviews = reviews;
        this.selectedYear = selectedYear;
        this.templates = templates;
        this.formations = formations;
    }

    @GetMapping("/documents/book")
    String page(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        AcademicYear year = selectedYear.of(session);
        RegistryScope scope = user.registryScope();
        BookEdition whole = reviews.edition(year, scope, null, null, "");
        model.addAttribute("year", year);
        model.addAttribute("reviewCount", whole.reviewCount());
        model.addAttribute("formations", formations.of(scope));
        return "documents/book";
    }

    @GetMapping("/documents/book/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            @RequestParam(required = false) @Nullable String formation) {
        BookEdition book = edition(user, session, formation);
        return FileDownload.attachment(fileName(book, "pdf"), FileDownload.PDF, BookOfReviewsPdf.render(book, issuer(user)));
    }

    @GetMapping("/documents/book/docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user, HttpSession session,
            @RequestParam(required = false) @Nullable String formation) {
        BookEdition book = edition(user, session, formation);
        return FileDownload.attachment(fileName(book, "docx"), FileDownload.DOCX, BookOfReviewsDocx.render(book, issuer(user)));
    }

    private BookEdition edition(CurrentUser user, HttpSession session, @Nullable String formation) {
        RegistryScope scope = user.registryScope();
        BookFormations.Formation chosen = formations.find(scope, formation);
        return reviews.edition(selectedYear.of(session), scope, chosen.organisationId(), chosen.municipalityId(), chosen.name());
    }

    /** The issuer named on the user's territory's certificates. */
    private String issuer(CurrentUser user) {
        return templates.current(DocumentKind.MASTER_CERTIFICATE, owners.of(user.registryScope())).getIssuerName();
    }

    private static String fileName(BookEdition book, String extension) {
        return "Книга отзывов " + book.year().shortLabel().replace('/', '-') + "." + extension;
    }
}
