/**
 * Files of documents: PDF through OpenHTMLtoPDF with the ParaType fonts shipped under
 * {@code resources/fonts}, DOCX through POI, QR codes through ZXing, bundles as ZIP or one merged PDF.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents.rendering;
