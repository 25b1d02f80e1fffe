package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.codewerk.i18n.LocalizedException;
import org.junit.jupiter.api.Test;

class OdtReaderTest {

    private static final Path FILE = Path.of("interview.odt");
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private final OdtReader reader = new OdtReader();

    private static byte[] odt(String mimetype, String body) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype);
        entries.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS
                + " office:version=\"1.2\"><office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        entries.put("styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + NS + "><office:master-styles>"
                + "<style:master-page style:name=\"Standard\"><style:footer><text:p>FOOTER TEXT</text:p></style:footer></style:master-page>"
                + "</office:master-styles></office:document-styles>");
        return DocxFixtures.zip(entries);
    }

    private static byte[] odt(String body) {
        return odt("application/vnd.oasis.opendocument.text", body);
    }

    @Test
    void bodyTextOfTheFinalVersionOnly() {
        String body = "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
                + "<dc:creator>A</dc:creator></office:change-info><text:p>DELETED WORD</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h text:outline-level=\"1\">Kop <office:annotation><dc:creator>A</dc:creator><text:p>COMMENT TEXT</text:p></office:annotation>van het stuk</text:h>"
                + "<text:p>I: Een zin<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>FOOTNOTE TEXT</text:p></text:note-body></text:note> met<text:change text:change-id=\"ct1\"/> noot.</text:p>"
                + "<text:p>R: Een<text:s/>spatie,<text:tab/>een tab<text:line-break/>en een nieuwe regel.</text:p>";
        ImportedText t = reader.read(FILE, odt(body), null);
        assertThat(t.text()).isEqualTo("Kop van het stuk\n\nI: Een zin met noot.\n\nR: Een spatie,\teen tab\nen een nieuwe regel.");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly(null, "I", "R");
        assertThat(t.format()).isEqualTo("odt");
    }

    @Test
    void tableRowsAreLinesAndListItemsParagraphs() {
        String body = "<table:table><table:table-row><table:table-cell><text:p>Naam</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Rol</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>Henk</text:p></table:table-cell>"
                + "<table:table-cell><text:p>JIM</text:p><text:p>buurman</text:p></table:table-cell></table:table-row></table:table>"
                + "<text:list><text:list-item><text:p>Eerste punt</text:p></text:list-item><text:list-item><text:p>Tweede punt</text:p></text:list-item></text:list>";
        assertThat(reader.read(FILE, odt(body), null).text())
                .isEqualTo("Naam\tRol\nHenk\tJIM buurman\n\nEerste punt\n\nTweede punt");
    }

    @Test
    void otherOpenDocumentTypesAndNonZipFilesAreRefused() {
        assertThatThrownBy(() -> reader.read(FILE, odt("application/vnd.oasis.opendocument.spreadsheet", "<text:p>x</text:p>"), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.notOdtDocument");
        assertThatThrownBy(() -> reader.read(FILE, DocxFixtures.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text")), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.notOdtDocument");
        assertThatThrownBy(() -> reader.read(FILE, "This is not a zip file!".getBytes(), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.notZip");
        assertThatThrownBy(() -> reader.read(FILE, odt("<text:p>kapot"), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.damaged");
        assertThatThrownBy(() -> reader.read(FILE, odt("<text:p> </text:p>"), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.empty");
    }
}
