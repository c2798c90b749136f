package ru.masterskaya.documents.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** A file sent as a download, named for old browsers and, in UTF-8, for current ones. */
final class FileDownload {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private FileDownload() {}

    static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        String asciiName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(content);
    }

}
