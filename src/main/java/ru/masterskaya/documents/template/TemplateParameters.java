package ru.masterskaya.documents.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator edits in a template: the texts (the body may hold «{тема}», «{период}» and
 * «{год}»), the issuing organisation, up to three signers, the logo and the accent colour.
 */
public record TemplateParameters(String title, String issuerName, String preamble, String body, @Nullable String closing,
        String accentColour, byte @Nullable [] logo, boolean keepLogo, List<Signer> signers) {

    public static final int MAX_SIGNERS = 3;

    public TemplateParameters {
        if (signers.size() > MAX_SIGNERS) {
            throw new IllegalArgumentException("At most three signers");
        }
        signers = List.copyOf(signers);
    }
}
