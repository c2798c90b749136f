package ru.masterskaya.diagnostics.campaign.web;

import java.time.LocalDate;
import ru.masterskaya.diagnostics.campaign.Campaign;

/** Where a campaign is in its life: готовится before it opens, идёт while open, завершена after. */
enum CampaignPhase {
    PREPARING,
    RUNNING,
    FINISHED;

    static CampaignPhase of(Campaign campaign, LocalDate today) {
        if (campaign.isClosed() || today.isAfter(campaign.getClosesOn())) {
            return FINISHED;
        }
        return today.isBefore(campaign.getOpensOn()) ? PREPARING : RUNNING;
    }

    public String messageKey() {
        return "campaignPhase." + name();
    }

    public String badge() {
        return switch (this) {
            case PREPARING -> "text-bg-info";
            case RUNNING -> "text-bg-success";
            case FINISHED -> "text-bg-secondary";
        };
    }
}
