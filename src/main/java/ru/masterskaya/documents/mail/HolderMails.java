package ru.masterskaya.documents.mail;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.DocumentStatus;
import ru.masterskaya.documents.VerificationLinks;
import ru.masterskaya.documents.rendering.DocumentFiles;
import ru.masterskaya.notifications.MailAttachment;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;

/**
 * E-mails each holder their issued document: the PDF attached, with the link to «Мои документы»
 * (where the DOCX is too) and the verification link an attestation commission can open.
 */
@Service
public class HolderMails {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final DocumentRegister register;
    private final DocumentFiles files;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final VerificationLinks links;

    HolderMails(DocumentRegister register, DocumentFiles files, MailOutbox outbox, MessageSource messages, VerificationLinks links) {
        this.register = register;
        this.files = files;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    /** Queues an e-mail to the holder of each selected issued document; returns how many were queued. */
    @Transactional
    public int mailToHolders(Collection<UUID> ids, ru.masterskaya.registry.RegistryScope scope) {
        List<Document> issued = register.get(ids, scope).stream().filter(document -> document.getStatus() == DocumentStatus.ISSUED).toList();
        List<byte[]> pdfs = files.pdfs(issued);
        for (int i = 0; i < issued.size(); i++) {
            outbox.enqueue(mail(issued.get(i), pdfs.get(i)));
        }
        return issued.size();
    }

    private OutgoingMail mail(Document document, byte[] pdf) {
        Object[] arguments = {document.getHolderName().firstName(), messages.getMessage(document.getKind().messageKey(), null, RUSSIAN),
                document.getNumber(), document.getTopicName(), links.myDocuments(), links.of(document)};
        return new OutgoingMail(document.getHolderEmail(), messages.getMessage("documents.mail.subject", arguments, RUSSIAN),
                messages.getMessage("documents.mail.body", arguments, RUSSIAN),
                List.of(new MailAttachment(DocumentFiles.fileName(document, "pdf"), "application/pdf", pdf)));
    }
}
