package ru.masterskaya.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.Signer;
import ru.masterskaya.documents.template.TemplateParameters;

/** The template form: texts, colour and up to three signers; images come as separate uploads. */
record TemplateFormData(
        @NotBlank(message = "{documents.template.title.required}") @Size(max = 200, message = "{documents.template.title.size}") String title,
        @NotBlank(message = "{documents.template.issuer.required}") @Size(max = 500, message = "{documents.template.issuer.size}") String issuerName,
        @NotBlank(message = "{documents.template.preamble.required}") @Size(max = 1000, message = "{documents.template.preamble.size}") String preamble,
        @NotBlank(message = "{documents.template.body.required}") @Size(max = 4000, message = "{documents.template.body.size}") String body,
        @Size(max = 2000, message = "{documents.template.closing.size}") @Nullable String closing,
        @NotBlank(message = "{documents.template.colour.invalid}") @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{documents.template.colour.invalid}") String accentColour,
        @Size(max = 300, message = "{documents.template.signer.size}") @Nullable String signer1Position,
        @Size(max = 200, message = "{documents.template.signer.size}") @Nullable String signer1Name,
        @Size(max = 300, message = "{documents.template.signer.size}") @Nullable String signer2Position,
        @Size(max = 200, message = "{documents.template.signer.size}") @Nullable String signer2Name,
        @Size(max = 300, message = "{documents.template.signer.size}") @Nullable String signer3Position,
        @Size(max = 200, message = "{documents.template.signer.size}") @Nullable String signer3Name,
        @Nullable Boolean removeLogo) {

    static TemplateFormData of(DocumentTemplate template) {
        List<Signer> signers = template.getSigners();
        return new TemplateFormData(template.getTitle(), template.getIssuerName(), template.getPreamble(), template.getBody(), template.getClosing(),
                template.getAccentColour(), position(signers, 0), name(signers, 0), position(signers, 1), name(signers, 1), position(signers, 2),
                name(signers, 2), false);
    }

    /**
     * The parameters of the next version; a signer keeps their facsimile unless a new one is uploaded
     * for them, and the logo stays unless replaced or removed.
     */
    TemplateParameters toParameters(DocumentTemplate previous, byte @Nullable [] logo, List<byte @Nullable []> facsimiles) {
        List<Signer> previousSigners = previous.getSigners();
        List<Signer> signers = new ArrayList<>();
        String[][] rows = {{signer1Position, signer1Name}, {signer2Position, signer2Name}, {signer3Position, signer3Name}};
        for (int i = 0; i < rows.length; i++) {
            String name = rows[i][1];
            if (name != null && !name.isBlank()) {
                byte[] facsimile = facsimiles.get(i) != null ? facsimiles.get(i)
                        : i < previousSigners.size() && previousSigners.get(i).name().equals(name.strip()) ? previousSigners.get(i).facsimile() : null;
                signers.add(new Signer(rows[i][0] == null ? "" : rows[i][0].strip(), name.strip(), facsimile));
            }
        }
        return new TemplateParameters(title, issuerName, preamble, body, closing, accentColour, logo, !Boolean.TRUE.equals(removeLogo), signers);
    }

    private static @Nullable String position(List<Signer> signers, int index) {
        return index < signers.size() ? signers.get(index).position() : null;
    }

    private static @Nullable String name(List<Signer> signers, int index) {
        return index < signers.size() ? signers.get(index).name() : null;
    }
}
