package nl.codewerk.export.word;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.codewerk.i18n.Messages;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document with Codewerk's styles (see {@code styles.xml}: real Title, heading 1-4 and
 * Quote styles, so text pasted into a thesis keeps its structure), A4 pages and page numbers.
 * The exports fill it through the small helpers here.
 */
public final class WordDocument implements AutoCloseable {

    /** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    public static final int TEXT_WIDTH = 11906 - 2 * 1418;

    private final XWPFDocument document = new XWPFDocument();
    private final Locale locale;

    public WordDocument(String title, Locale locale) {
        this.locale = locale;
        loadStyles();
        footer(title);
        pageSetup();
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("Codewerk");
    }

    private void loadStyles() {
        try (InputStream in = WordDocument.class.getResourceAsStream("/nl/codewerk/export/word/styles.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!"nl".equals(locale.getLanguage())) {
                xml = xml.replace("w:val=\"nl-NL\"", "w:val=\"en-GB\"");
            }
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("The bundled Word styles are part of Codewerk and must load", e);
        }
    }

    private void footer(String title) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText(clean(title) + "  ·  " + Messages.get(locale, "export.word.page") + " ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
    }

    public XWPFDocument document() {
        return document;
    }

    public XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A paragraph of one style holding one text. */
    public XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        text(p, text);
        return p;
    }

    /** A heading of level 1-4 (deeper levels use heading 4). */
    public XWPFParagraph heading(int level, String text) {
        return paragraph("Heading" + Math.max(1, Math.min(4, level)), text);
    }

    /** A paragraph starting with a bold label: "Definitie: ...". */
    public XWPFParagraph labelled(String style, String label, String text) {
        XWPFParagraph p = paragraph(style);
        run(p, label + ": ", "Label");
        text(p, text);
        return p;
    }

    /** Adds text as runs; line ends become line breaks within the paragraph. */
    public static XWPFRun text(XWPFParagraph paragraph, String text) {
        return run(paragraph, text, null);
    }

    /** Adds text in a character style (null: none). */
    public static XWPFRun run(XWPFParagraph paragraph, String text, String characterStyle) {
        XWPFRun run = paragraph.createRun();
        if (characterStyle != null) {
            run.setStyle(characterStyle);
        }
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** Shades a run's background (hex RRGGBB), as a highlighter on paper. */
    public static void shade(XWPFRun run, String fill) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTShd shading = properties.sizeOfShdArray() > 0 ? properties.getShdArray(0) : properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(fill);
    }

    /** A table of fixed column widths (twentieths of a point) in the Table Grid style. */
    public XWPFTable table(int rows, int... widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setStyleID("TableGrid");
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            // POI adds black borders of its own; without them the style's light grey lines apply.
            properties.unsetTblBorders();
        }
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                table.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        table.setCellMargins(60, 100, 60, 100);
        return table;
    }

    /** The first (empty) paragraph of a new cell, styled. */
    public static XWPFParagraph firstParagraph(XWPFTableCell cell, String style) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        p.setStyle(style);
        return p;
    }

    public void write(OutputStream out) throws IOException {
        document.write(out);
    }

    /** Writes paragraphs into a {@link WordStream}. */
    @FunctionalInterface
    public interface StreamedBody {
        void write(WordStream body) throws IOException;
    }

    /**
     * Writes the document with the streamed paragraphs after those made so far: POI writes the
     * package (styles, footer, properties, the paragraphs above), and the body's XML is spliced
     * into word/document.xml where a marker paragraph stands, as the zip is copied to {@code out}.
     */
    public void write(OutputStream out, StreamedBody body) throws IOException {
        String marker = "codewerk-streamed-body-" + UUID.randomUUID();
        paragraph("Normal", marker);
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        document.write(skeleton);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    splice(new String(in.readAllBytes(), StandardCharsets.UTF_8), marker, zip, body);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        // Finish, not close: the caller owns the stream.
        zip.finish();
    }

    private static void splice(String xml, String marker, OutputStream zip, StreamedBody body) throws IOException {
        Matcher m = Pattern
                .compile("xmlns:([A-Za-z0-9]+)=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"").matcher(xml);
        if (!m.find()) {
            throw new IOException("word/document.xml without the WordprocessingML namespace");
        }
        String w = m.group(1);
        int at = xml.indexOf(marker);
        int start = Math.max(xml.lastIndexOf("<" + w + ":p>", at), xml.lastIndexOf("<" + w + ":p ", at));
        int end = xml.indexOf("</" + w + ":p>", at) + ("</" + w + ":p>").length();
        if (at < 0 || start < 0 || end < at) {
            throw new IOException("the marker paragraph is missing from word/document.xml");
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        writer.write(xml, 0, start);
        body.write(new WordStream(writer, w));
        writer.write(xml, end, xml.length() - end);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Drops characters XML cannot hold (control characters other than tab and line end). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF';
            if (bad || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
                if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    out.append('\n');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
