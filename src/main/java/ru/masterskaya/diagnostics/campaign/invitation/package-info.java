/**
 * Getting people into a campaign and keeping them there: who is invited by which criteria, the
 * invitation and reminder e-mails with personal links, the daily job that sends them, the list of
 * invitees with their progress, and the links as a workbook for schools that hand them out on paper.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.campaign.invitation;
