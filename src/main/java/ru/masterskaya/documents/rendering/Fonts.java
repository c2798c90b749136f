package ru.masterskaya.documents.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PT Serif and PT Sans (ParaType Free Font License, {@code fonts/LICENSE-ParaType.txt}), read once
 * from the classpath and embedded as subsets in every PDF, so that a document looks the same on any
 * computer and nothing is fetched at run time. Parsing a font file costs more than laying out a
 * certificate, so each thread keeps the parsed fonts and only subsets them into each document.
 */
final class Fonts {

    static final String SERIF = "PT Serif";
    static final String SANS = "PT Sans";

    private record Face(String file, String family, int weight, FontStyle style, byte[] bytes) {}

    private static final List<Face> FACES = List.of(
            face("PTF55F.ttf", SERIF, 400, FontStyle.NORMAL),
            face("PTF75F.ttf", SERIF, 700, FontStyle.NORMAL),
            face("PTF56F.ttf", SERIF, 400, FontStyle.ITALIC),
            face("PTS55F.ttf", SANS, 400, FontStyle.NORMAL),
            face("PTS75F.ttf", SANS, 700, FontStyle.NORMAL));

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private Fonts() {}

    static void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        Map<String, TrueTypeFont> parsed = PARSED.get();
        for (Face face : FACES) {
            TrueTypeFont font = parsed.get(face.file());
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                parsed.put(face.file(), font);
            }
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), face.family(), face.weight(), face.style(), true);
        }
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + file);
            }
            return new Face(file, family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
