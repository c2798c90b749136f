package ru.masterskaya.documents.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PT Serif and PT Sans (ParaType Free Font License, {@code fonts/LICENSE-ParaType.txt}), read once
 * from the classpath and embedded as subsets in every PDF, so that a document looks the same on any
 * computer and nothing is fetched at run time.
 */
final class Fonts {

    static final String SERIF = "PT Serif";
    static final String SANS = "PT Sans";

    private static final byte[] SERIF_REGULAR = read("PTF55F.ttf");
    private static final byte[] SERIF_BOLD = read("PTF75F.ttf");
    private static final byte[] SERIF_ITALIC = read("PTF56F.ttf");
    private static final byte[] SANS_REGULAR = read("PTS55F.ttf");
    private static final byte[] SANS_BOLD = read("PTS75F.ttf");

    private Fonts() {}

    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(SERIF_REGULAR), SERIF, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(SERIF_BOLD), SERIF, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(SERIF_ITALIC), SERIF, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(SANS_REGULAR), SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(SANS_BOLD), SANS, 700, FontStyle.NORMAL, true);
    }

    private static byte[] read(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
