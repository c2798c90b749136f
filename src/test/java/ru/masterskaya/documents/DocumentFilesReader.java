package ru.masterskaya.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads produced files back as a person's tools would: PDF text and pages, DOCX text, the QR code on the printed page. */
public final class DocumentFilesReader {

    private static final int[] CAMERA_DISTANCES_DPI = {150, 200, 120, 300};

    private DocumentFilesReader() {}

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    public static String pdfPageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    public static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /**
     * Decodes the QR code on the first page as a phone camera does: it sees the printed page at
     * several distances and keeps the first frame that reads. One fixed resolution is not enough,
     * since ZXing's detector misses about one code in a hundred at any single scale (a module
     * falling between pixels), while the same code reads at the next one.
     */
    public static String qrOnFirstPage(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int dpi : CAMERA_DISTANCES_DPI) {
                BufferedImage page = renderer.renderImageWithDPI(0, dpi);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                RGBLuminanceSource frame = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
                for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(frame)), new BinaryBitmap(new GlobalHistogramBinarizer(frame)))) {
                    try {
                        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                    } catch (ReaderException unreadFrame) {
                        // the next frame may read
                    }
                }
            }
            throw NotFoundException.getNotFoundInstance();
        }
    }
}
