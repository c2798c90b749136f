package ru.masterskaya;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
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

    public record ReceivedMail(String subject, String text) {

        static ReceivedMail of(MimeMessage message) {
            try {
                return new ReceivedMail(message.getSubject(), message.getContent().toString());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
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
}
