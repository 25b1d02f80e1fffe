package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingTableCsvTest {

    private static RatingTable nominal(String csv) {
        return RatingTableCsv.parse(csv, MeasureLevel.NOMINAL, null);
    }

    @Test
    void commaSeparated() {
        RatingTable table = nominal("Anna,Bram\nx,y\nx,x\n");
        assertThat(table.raters()).containsExactly("Anna", "Bram");
        assertThat(table.unitCount()).isEqualTo(2);
        assertThat(table.rating(0, 1)).isEqualTo("y");
    }

    @Test
    void semicolonSeparatedWithDecimalCommas() {
        RatingTable table = RatingTableCsv.parse("Anna;Bram;Cem\n1,5;2;\n3;3,0;3\n", MeasureLevel.INTERVAL, null);
        assertThat(table.raters()).containsExactly("Anna", "Bram", "Cem");
        assertThat(table.rating(0, 0)).isEqualTo("1,5");
        assertThat(table.categories()).containsExactly("1.5", "2", "3");
    }

    @Test
    void delimiterIsDecidedByTheHeaderLine() {
        assertThat(RatingTableCsv.delimiter("a,b,c")).isEqualTo(',');
        assertThat(RatingTableCsv.delimiter("a;b;c")).isEqualTo(';');
        // A quoted name may contain the other character.
        assertThat(RatingTableCsv.delimiter("\"Jansen, A\";\"Smit, B\"")).isEqualTo(';');
        assertThat(RatingTableCsv.delimiter("\"a;1\",\"b;2\"")).isEqualTo(',');
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Anna,Bram\nja,nee\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        RatingTable table = RatingTableCsv.read(new ByteArrayInputStream(bytes), MeasureLevel.NOMINAL, null);
        assertThat(table.raters()).containsExactly("Anna", "Bram");
    }

    @Test
    void readsUtf8FromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, "\uFEFFZoë;Ijsbrand\nonderwijs;ónderwijs\r\n", StandardCharsets.UTF_8);
        RatingTable table = RatingTableCsv.read(file, MeasureLevel.NOMINAL, null);
        assertThat(table.raters()).containsExactly("Zoë", "Ijsbrand");
        assertThat(table.categories()).containsExactly("onderwijs", "ónderwijs");
    }

    @Test
    void emptyCellsAreMissing() {
        RatingTable table = nominal("A,B,C\nx,,y\n , x,\n");
        assertThat(table.rating(0, 1)).isNull();
        assertThat(table.rating(1, 0)).isNull();
        assertThat(table.rating(1, 1)).isEqualTo("x");
        assertThat(table.rating(1, 2)).isNull();
    }

    @Test
    void quotedCellsAndBlankLines() {
        RatingTable table = nominal("A,B\n\"x, y\",\"x, y\"\n\nz,z\n");
        assertThat(table.unitCount()).isEqualTo(2);
        assertThat(table.rating(0, 0)).isEqualTo("x, y");
    }

    @Test
    void noHeader() {
        assertThatThrownBy(() -> nominal("")).isInstanceOf(RatingTableFormatException.class)
                .hasMessageContaining("no header row");
        assertThatThrownBy(() -> nominal("\n  \n")).isInstanceOf(RatingTableFormatException.class)
                .hasMessageContaining("no header row");
        assertThatThrownBy(() -> nominal("\uFEFF")).isInstanceOf(RatingTableFormatException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void fewerThanTwoCoders() {
        assertThatThrownBy(() -> nominal("Anna\nx\n"))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessageStartingWith("line 1: ")
                .hasMessageContaining("names 1 coder")
                .hasMessageContaining("at least 2");
    }

    @Test
    void raggedRowNamesItsLine() {
        assertThatThrownBy(() -> nominal("A,B,C\nx,y,z\n\nx,y\n"))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessage("line 4: has 2 cells but the header names 3 coders")
                .satisfies(e -> assertThat(((RatingTableFormatException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> nominal("A;B\nx;y;z"))
                .hasMessage("line 2: has 3 cells but the header names 2 coders");
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() {
        assertThatThrownBy(() -> nominal("A,B\n\"two\nlines\",x\nonly\n"))
                .hasMessage("line 4: has 1 cell but the header names 2 coders");
    }

    @Test
    void headerProblems() {
        assertThatThrownBy(() -> nominal("A,,C\nx,y,z\n"))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessage("line 1: column 2 of the header row has no coder name");
        assertThatThrownBy(() -> nominal("A,B,A\nx,y,z\n"))
                .hasMessage("line 1: coder 'A' is named twice in the header row");
    }

    @Test
    void badValuesNameLineAndCoder() {
        assertThatThrownBy(() -> RatingTableCsv.parse("A,B\n1,2\n3,lots\n", MeasureLevel.INTERVAL, null))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessage("line 3: coder 'B': value 'lots' is not a number, which level interval requires");
        assertThatThrownBy(() -> RatingTableCsv.parse("A,B\nyes,maybe\n", MeasureLevel.NOMINAL, List.of("yes", "no")))
                .hasMessageStartingWith("line 2: coder 'B': value 'maybe' is not among the given categories");
    }

    @Test
    void unbalancedQuote() {
        assertThatThrownBy(() -> nominal("A,B\n\"x,y\n"))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void invalidUtf8() {
        byte[] latin1 = "A,B\ncaf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RatingTableCsv.read(new ByteArrayInputStream(latin1), MeasureLevel.NOMINAL, null))
                .isInstanceOf(RatingTableFormatException.class)
                .hasMessageContaining("not valid UTF-8");
    }
}
