package ru.masterskaya;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the port the test profile sends to. The application's outbox
 * dispatcher delivers to it on its schedule, so tests wait for a message to a recipient they made up.
 */
public class Mailbox extends GreenMailExtension {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    public Mailbox() {
        super(ServerSetupTest.SMTP.port(Integer.getInteger("masterskaya.test.smtp.port", ServerSetupTest.SMTP.getPort())));
        withPerMethodLifecycle(false);
    }

    public List<ReceivedMail> mailTo(String recipient) {
        return Arrays.stream(getReceivedMessages()).filter(message -> isFor(message, recipient)).map(ReceivedMail::of).toList();
    }

    /** The latest message to the recipient, once the dispatcher has sent {@code count} of them. */
    public ReceivedMail awaitMailTo(String recipient, int count) {
        await().atMost(PATIENCE).until(() -> mailTo(recipient).size() >= count);
        List<ReceivedMail> received = mailTo(recipient);
        return received.get(received.size() - 1);
    }

    public ReceivedMail awaitMailTo(String recipient) {
        return awaitMailTo(recipient, 1);
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received e-mail: its subject, its plain text, and the files attached to it. */
    public record ReceivedMail(String subject, String text, List<Attachment> attachments) {

        static ReceivedMail of(MimeMessage message) {
            try {
                if (message.getContent() instanceof Multipart parts) {
                    String text = null;
                    List<Attachment> attachments = new ArrayList<>();
                    collect(parts, attachments);
                    for (int i = 0; i < parts.getCount() && text == null; i++) {
                        text = textOf(parts.getBodyPart(i));
                    }
                    return new ReceivedMail(message.getSubject(), text == null ? "" : text, List.copyOf(attachments));
                }
                return new ReceivedMail(message.getSubject(), message.getContent().toString(), List.of());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Multipart parts, List<Attachment> attachments) throws MessagingException, IOException {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContent() instanceof Multipart nested) {
                    collect(nested, attachments);
                } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attachments.add(new Attachment(MimeUtility.decodeText(part.getFileName()), part.getContentType(),
                            part.getInputStream().readAllBytes()));
                }
            }
        }

        private static String textOf(BodyPart part) throws MessagingException, IOException {
            if (part.getContent() instanceof Multipart nested) {
                for (int i = 0; i < nested.getCount(); i++) {
                    String text = textOf(nested.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
                return null;
            }
            return part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) ? part.getContent().toString() : null;
        }

        /** The path of the first link in the text that starts with the given path, e.g. {@code /account/activate/}. */
        public String linkPath(String pathPrefix) {
            Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)").matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link to " + pathPrefix + " in: " + text);
            }
            return matcher.group(1);
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {}
}
