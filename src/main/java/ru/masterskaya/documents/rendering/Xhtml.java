package ru.masterskaya.documents.rendering;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Escaping and images for the XHTML that OpenHTMLtoPDF lays out. */
public final class Xhtml {

    private Xhtml() {}

    public static String text(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    public static String dataUri(byte[] image) {
        String type = image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 ? "image/jpeg" : "image/png";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image);
    }
}
