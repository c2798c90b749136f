package ru.masterskaya.documents;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;

/**
 * Tells a holder their document is issued. The outbox sends plain text without attachments, so the
 * e-mail carries the link to «Мои документы», where the PDF and DOCX are, and the verification link.
 */
@Component
class DocumentMails {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final VerificationLinks links;

    DocumentMails(MailOutbox outbox, MessageSource messages, VerificationLinks links) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    void issued(Document document) {
        Object[] arguments = {document.getHolderName().firstName(), messages.getMessage(document.getKind().messageKey(), null, RUSSIAN),
                document.getNumber(), document.getTopicName(), links.myDocuments(), links.of(document)};
        outbox.enqueue(new OutgoingMail(document.getHolderEmail(), messages.getMessage("documents.mail.subject", arguments, RUSSIAN),
                messages.getMessage("documents.mail.body", arguments, RUSSIAN)));
    }
}
