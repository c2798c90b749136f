package ru.masterskaya.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.DocumentStatus;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.HomePanel;
import ru.masterskaya.registry.HomeSection;
import ru.masterskaya.registry.RegistryScope;

/**
 * Documents on the start page: a coordinator sees the drafts of the year waiting to be issued (which
 * asks for attention: the holders are waiting) and how many were issued; a holder sees the documents
 * issued to them.
 */
@Component
class DocumentsHomeSection implements HomeSection {

    private static final int SHOWN = 3;

    private final DocumentRegister register;
    private final MessageSource messages;

    DocumentsHomeSection(DocumentRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<HomePanel> panelFor(CurrentUser user, AcademicYear year, Locale locale) {
        RegistryScope scope = user.registryScope();
        if (!scope.isEmpty()) {
            return Optional.of(register(year, scope, locale));
        }
        List<Document> issued = register.mine(user).stream().filter(document -> document.getStatus() == DocumentStatus.ISSUED).toList();
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        List<HomePanel.Line> lines = new ArrayList<>();
        issued.stream().limit(SHOWN).forEach(document -> lines.add(new HomePanel.Line(
                text("home.documents.own", locale, text(document.getKind().messageKey(), locale), document.getNumber()),
                document.getTopicName(), "/my/documents", false)));
        return Optional.of(new HomePanel("home-documents", text("documents.my.title", locale), lines,
                new HomePanel.Link(text("home.documents.allOwn", locale, issued.size()), "/my/documents")));
    }

    private HomePanel register(AcademicYear year, RegistryScope scope, Locale locale) {
        long drafts = register.count(year, DocumentStatus.DRAFT, scope);
        long issued = register.count(year, DocumentStatus.ISSUED, scope);
        List<HomePanel.Line> lines = new ArrayList<>();
        if (drafts > 0) {
            lines.add(new HomePanel.Line(text("home.documents.drafts", locale, drafts), text("home.documents.drafts.detail", locale),
                    "/documents?status=DRAFT", scope.managesTerritory()));
        }
        lines.add(new HomePanel.Line(text("home.documents.issued", locale, issued), null, "/documents?status=ISSUED", false));
        return new HomePanel("home-documents", text("home.documents.title", locale, year.label()), lines,
                new HomePanel.Link(text("home.documents.open", locale), "/documents"));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
