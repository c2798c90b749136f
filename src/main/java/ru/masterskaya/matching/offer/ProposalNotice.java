package ru.masterskaya.matching.offer;

/**
 * Whether proposing an offer e-mails the master. A coordinator's proposal always does; loading demo
 * data does not, because its people's addresses lead nowhere and their e-mails could only fail.
 */
public enum ProposalNotice {
    EMAIL_MASTER,
    NONE
}
