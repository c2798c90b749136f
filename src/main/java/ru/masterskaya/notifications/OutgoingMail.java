package ru.masterskaya.notifications;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String recipient, String subject, String body) {}
