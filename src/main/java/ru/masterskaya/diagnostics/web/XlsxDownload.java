package ru.masterskaya.diagnostics.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** An XLSX file sent as a download, named for old browsers and, in UTF-8, for current ones: every workbook of diagnostics. */
public final class XlsxDownload {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {}

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] content) {
        String asciiName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .body(content);
    }
}
