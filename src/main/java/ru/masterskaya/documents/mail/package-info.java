/** E-mails to the holders of documents, with the document attached. */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents.mail;
