package nl.codewerk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymListTest {

    @TempDir
    Path dir;

    @Test
    void readsASpreadsheetCsvWithHeaderSemicolonsAndByteOrderMark() throws Exception {
        Path csv = Files.writeString(dir.resolve("map.csv"), "\uFEFForigineel;vervanging\nSanne;[jongere]\n\n\"van Dijk\" ; [achternaam]\nUtrecht;[woonplaats];note\n");
        PseudonymList.Read read = PseudonymList.readCsv(csv);
        assertThat(read.refused()).isEmpty();
        assertThat(read.list().entries()).containsExactly(new Pseudonym("Sanne", "[jongere]"), new Pseudonym("van Dijk", "[achternaam]"),
                new Pseudonym("Utrecht", "[woonplaats]"));
    }

    @Test
    void refusesRowsThatCannotDoTheirJobAndKeepsTheRest() throws Exception {
        Path csv = Files.writeString(dir.resolve("map.csv"), String.join("\n",
                "Sanne,[jongere]",
                "Bas,",
                "---,[streep]",
                "Sanne,[iemand]",
                "Sanne,[jongere]",
                "Eva,Eva B.",
                "Piet,[Sanne]",
                "Kees",
                "Utrecht,[woonplaats]"));
        PseudonymList.Read read = PseudonymList.readCsv(csv);
        assertThat(read.list().entries()).extracting(Pseudonym::original).containsExactly("Sanne", "Utrecht");
        assertThat(read.refused()).extracting(PseudonymList.Refused::line).containsExactly(2, 3, 4, 6, 7, 8);
        assertThat(read.refused()).extracting(PseudonymList.Refused::reason).anySatisfy(r -> assertThat(r).contains("replacement is empty"))
                .anySatisfy(r -> assertThat(r).contains("line 1"))
                .anySatisfy(r -> assertThat(r).contains("still contains \"Eva\""))
                .anySatisfy(r -> assertThat(r).contains("still contains \"Sanne\""))
                .anySatisfy(r -> assertThat(r).contains("two columns"));
    }

    @Test
    void savedAsJsonAndMergedNewestFirst() {
        PseudonymList old = PseudonymList.of(List.of(new Pseudonym("Sanne", "[jongere]"), new Pseudonym("Bas", "[broer]")));
        PseudonymList newer = PseudonymList.of(List.of(new Pseudonym("Bas", "[JIM]"), new Pseudonym("Utrecht", "[stad]")));
        assertThat(PseudonymList.fromJson(old.toJson())).isEqualTo(old);
        assertThat(old.plus(newer).entries()).containsExactly(new Pseudonym("Sanne", "[jongere]"), new Pseudonym("Bas", "[JIM]"),
                new Pseudonym("Utrecht", "[stad]"));
        assertThatThrownBy(() -> PseudonymList.of(List.of(new Pseudonym("Eva", "")))).isInstanceOf(PseudonymException.class)
                .hasMessageContaining("Eva");
        assertThatThrownBy(() -> PseudonymList.readCsv(dir.resolve("missing.csv"))).isInstanceOf(PseudonymException.class);
    }
}
