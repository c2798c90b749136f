package ru.masterskaya.notifications;

import java.util.List;

/** An e-mail to one recipient: plain text, with files attached where there are any. */
public record OutgoingMail(String recipient, String subject, String body, List<MailAttachment> attachments) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String recipient, String subject, String body) {
        this(recipient, subject, body, List.of());
    }
}
