package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitFinderTest {

    @TempDir
    Path dir;

    @Test
    void readingOffsetsFromThePostingsGivesWhatTheMatchesApiGives() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            TempProjects.addTranscript(project, "Gesprek 1", SearchFixtures.GESPREK_1);
            TempProjects.addTranscript(project, "Gesprek 2", SearchFixtures.GESPREK_2);
            SearchIndex index = project.search().index();
            for (String text : List.of("mentor", "gesprek", "mentor*", "m?ntor", "mentr~", "gesprek OR moeder", "mentor AND moeder",
                    "mentor NOT moeder", "mentor OR mentor*", "(gesprek OR moeder) NOT jim", "geinterviewd", "de")) {
                List<List<String>> both = index.read((searcher, forms, names, codings) -> {
                    Query words = UserQueryParser.parse(text, forms);
                    assertThat(HitFinder.plainTerms(words, new ArrayList<>())).as(text).isTrue();
                    Query turns = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST).build();
                    return List.of(describe(HitFinder.find(searcher, words, turns, true)), describe(HitFinder.find(searcher, words, turns, false)));
                });
                assertThat(both.get(0)).as(text).isNotEmpty().isEqualTo(both.get(1));
            }
            assertThat(HitFinder.plainTerms(UserQueryParser.parse("\"jim moeder\" OR mentor", StemForms.EMPTY), new ArrayList<>())).isFalse();
        }
    }

    private static List<String> describe(List<HitFinder.RawHit> hits) {
        return hits.stream().map(h -> h.transcriptId() + ":" + h.start() + "-" + h.end()).sorted().toList();
    }

    @Test
    void aWordInsideAMatchedPhraseIsPartOfThatHit() {
        List<int[]> spans = List.of(new int[] {10, 20}, new int[] {10, 13}, new int[] {15, 20}, new int[] {18, 25}, new int[] {30, 33}, new int[] {30, 33});
        assertThat(HitFinder.outermost(spans)).extracting(s -> s[0] + "-" + s[1]).containsExactly("10-20", "18-25", "30-33");
    }
}
