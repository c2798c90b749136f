package ru.masterskaya.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public addresses printed on documents and sent to holders, built on the configured base URL. */
@Component
public class VerificationLinks {

    private final String baseUrl;

    VerificationLinks(@Value("${masterskaya.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String of(Document document) {
        return baseUrl + "/v/" + document.getVerificationCode();
    }

    /** The sample link shown in template previews: a well-formed code that matches no document. */
    public String sample() {
        return baseUrl + "/v/" + "0".repeat(43);
    }

    public String myDocuments() {
        return baseUrl + "/my/documents";
    }
}
