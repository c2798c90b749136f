package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.notifications.MailOutbox;
import ru.masterskaya.notifications.OutgoingMail;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.Person;

/** Writes the invitation, reminder and new-link e-mails, in Russian, into the outbox of the caller's transaction. */
@Component
class CampaignMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    CampaignMails(MailOutbox outbox, MessageSource messages, @Value("${masterskaya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void invitation(Campaign campaign, Person person, DiagnosisResponse response) {
        send("campaignMail.invitation", campaign, person, response);
    }

    void reminder(Campaign campaign, Person person, DiagnosisResponse response) {
        send("campaignMail.reminder", campaign, person, response);
    }

    void newLink(Campaign campaign, Person person, DiagnosisResponse response) {
        send("campaignMail.newLink", campaign, person, response);
    }

    String link(DiagnosisResponse response) {
        return baseUrl + "/d/" + response.getToken();
    }

    private void send(String key, Campaign campaign, Person person, DiagnosisResponse response) {
        Object[] arguments = {addressedAs(person.getFullName()), campaign.getTitle(), link(response), DATE.format(campaign.getClosesOn())};
        outbox.enqueue(new OutgoingMail(
                person.getEmail(),
                messages.getMessage(key + ".subject", arguments, InviteeSelection.RUSSIAN),
                messages.getMessage(key + ".body", arguments, InviteeSelection.RUSSIAN)));
    }

    /** «Имя Отчество», the polite form of address in a Russian letter. */
    private static String addressedAs(FullName name) {
        return name.middleName() == null ? name.firstName() : name.firstName() + " " + name.middleName();
    }
}
