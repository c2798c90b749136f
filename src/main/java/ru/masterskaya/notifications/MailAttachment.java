package ru.masterskaya.notifications;

/** A file an e-mail carries, such as a document's PDF. */
public record MailAttachment(String fileName, String contentType, byte[] content) {}
