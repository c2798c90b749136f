/**
 * Messages to people. E-mails are written to an outbox table inside the business transaction and
 * sent by a scheduled dispatcher that one node runs at a time, retrying while SMTP is down.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.notifications;
