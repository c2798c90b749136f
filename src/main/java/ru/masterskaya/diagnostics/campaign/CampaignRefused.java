package ru.masterskaya.diagnostics.campaign;

/** A campaign that cannot be started or changed as asked; the key names the Russian reason. */
public class CampaignRefused extends RuntimeException {

    private final String messageKey;

    public CampaignRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
