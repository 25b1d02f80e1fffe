package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;

/**
 * The edit rule end to end, through the project store: random transcripts (turns with emoji and
 * line breaks), random codings by two coders, one random edit. Every coding that survives
 * covers the same words outside the edit, every removed coding is reported and kept as a memo,
 * turns stay in order, and undo brings back exactly what was there.
 */
class TranscriptEditPropertiesTest {

    private static Path dir;
    private static Project project;
    private static List<String> codes;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("codewerk-edit-props");
        project = TempProjects.withSmallCodebook(dir);
        codes = project.codebook().codebook().inTreeOrder().stream().map(c -> c.id()).toList();
    }

    @AfterContainer
    static void close() throws IOException {
        project.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Case(List<String> turns, List<Integer> picks, String replacement) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> turnText = Arbitraries.of(TextEditPropertiesTest.PIECES).list().ofMinSize(1).ofMaxSize(12)
                .map(l -> String.join("", l));
        Arbitrary<String> replacements = Arbitraries.of(TextEditPropertiesTest.PIECES).list().ofMaxSize(4).map(l -> String.join("", l));
        return Combinators.combine(turnText.list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.integers().between(0, 100_000).list().ofSize(20), replacements).as(Case::new);
    }

    @Property(tries = 100)
    void survivingCodingsCoverTheSameWordsAndUndoRestoresAll(@ForAll("cases") Case c) {
        long t = TempProjects.addTranscript(project, "t" + System.nanoTime(), c.turns().toArray(String[]::new));
        Transcript before = project.transcripts().get(t).orElseThrow();
        String text = before.text();
        List<Integer> bounds = TextEditPropertiesTest.boundaries(text);
        List<Integer> picks = c.picks();
        for (int i = 2; i + 1 < picks.size(); i += 2) {
            int a = bounds.get(picks.get(i) % bounds.size());
            int b = bounds.get(picks.get(i + 1) % bounds.size());
            if (a != b) {
                String coder = i % 4 == 0 ? "Lotte" : "Daan";
                project.codings().apply(t, Math.min(a, b), Math.max(a, b), codes.get(picks.get(i) % codes.size()), coder);
            }
        }
        List<Coding> codingsBefore = project.codings().list(CodingFilter.transcript(t));
        int s = bounds.get(picks.get(0) % bounds.size());
        int e = bounds.get(picks.get(1) % bounds.size());
        if (e < s) {
            int x = s;
            s = e;
            e = x;
        }
        String replacement = s == e && c.replacement().isEmpty() ? "z" : c.replacement();

        EditResult result = project.edits().edit(t, s, e, replacement, "Lotte");

        String after = project.transcripts().get(t).orElseThrow().text();
        assertThat(after).isEqualTo(text.substring(0, s) + replacement + text.substring(e));
        Map<Long, Coding> now = new HashMap<>();
        project.codings().list(CodingFilter.transcript(t)).forEach(k -> now.put(k.id(), k));
        List<Long> removed = new ArrayList<>();
        for (Coding old : codingsBefore) {
            Coding moved = now.get(old.id());
            if (moved == null) {
                removed.add(old.id());
                assertThat(replacement).isEmpty();
                assertThat(old.start()).isGreaterThanOrEqualTo(s);
                assertThat(old.end()).isLessThanOrEqualTo(e);
                continue;
            }
            String kept = after.substring(moved.start(), moved.end());
            String head = old.start() < s ? text.substring(old.start(), Math.min(old.end(), s)) : "";
            String tail = old.end() > e ? text.substring(Math.max(old.start(), e), old.end()) : "";
            assertThat(kept).startsWith(head).endsWith(tail);
            assertThat(moved.codeId()).isEqualTo(old.codeId());
            assertThat(moved.coder()).isEqualTo(old.coder());
            if (old.end() <= s || old.start() >= e) {
                assertThat(kept).as("a coding beside the edit is untouched").isEqualTo(text.substring(old.start(), old.end()));
            }
        }
        assertThat(result.codingsRemoved()).extracting(EditResult.RemovedCoding::codingId).containsExactlyInAnyOrderElementsOf(removed);
        assertThat(project.memos().on(MemoTarget.transcript(t))).hasSize(removed.size());
        List<Turn> turns = project.transcripts().turns(t);
        int floor = 0;
        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).ordinal()).isEqualTo(i);
            assertThat(turns.get(i).labelStart()).isGreaterThanOrEqualTo(floor);
            assertThat(turns.get(i).end()).isLessThanOrEqualTo(after.length());
            floor = turns.get(i).end();
        }

        project.undoLog().undo();
        Transcript restored = project.transcripts().get(t).orElseThrow();
        assertThat(restored.text()).isEqualTo(text);
        assertThat(restored.turns()).isEqualTo(before.turns());
        assertThat(project.codings().list(CodingFilter.transcript(t))).isEqualTo(codingsBefore);
        assertThat(project.memos().on(MemoTarget.transcript(t))).isEmpty();
    }
}
