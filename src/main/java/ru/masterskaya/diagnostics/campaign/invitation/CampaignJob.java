package ru.masterskaya.diagnostics.campaign.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.masterskaya.diagnostics.campaign.Campaigns;

/**
 * The daily round of campaigns: closes those whose close date has passed, sends the invitations of
 * campaigns that opened today and the reminders that are due. ShedLock lets one node run it; each
 * campaign is handled in its own transaction, so one failure does not hold back the others.
 */
@Component
public class CampaignJob {

    private static final Logger log = LoggerFactory.getLogger(CampaignJob.class);

    private final Campaigns campaigns;
    private final CampaignInvitations invitations;
    private final Clock clock;

    CampaignJob(Campaigns campaigns, CampaignInvitations invitations, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Scheduled(cron = "${masterskaya.diagnostics.reminder-cron:0 0 10 * * *}", zone = "${masterskaya.time-zone:Europe/Moscow}")
    @SchedulerLock(name = "campaign-reminders", lockAtMostFor = "PT30M")
    void runDaily() {
        run(clock.instant());
    }

    /** One round as if it were this moment; what the schedule calls with the current time. */
    public Round run(Instant now) {
        int closed = campaigns.closeOverdue(now);
        int invited = 0;
        int reminded = 0;
        for (UUID campaignId : invitations.openCampaigns(now)) {
            try {
                invited += invitations.sendDueInvitations(campaignId, now);
                reminded += invitations.remindDue(campaignId, now);
            } catch (RuntimeException e) {
                log.warn("Campaign {} skipped in this round: {}", campaignId, e.toString());
            }
        }
        Round round = new Round(closed, invited, reminded);
        log.info("Campaign round: {}", round);
        return round;
    }

    /** What one round did. */
    public record Round(int closed, int invited, int reminded) {}
}
