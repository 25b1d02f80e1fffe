package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.project.ChangeEvent;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptEditServiceTest {

    @TempDir
    Path dir;

    private static String code(Project project, String path) {
        return project.codebook().codebook().resolve(path).orElseThrow().id();
    }

    private static String covered(Project project, Coding coding) {
        return project.transcripts().get(coding.transcriptId()).orElseThrow().text().substring(coding.start(), coding.end());
    }

    @Test
    void typoFixMovesLaterCodingsAndGrowsTheOneAroundIt() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Hoe was het in Utrect?", "Het was fijn in Utrect, echt fijn.");
            String text = project.transcripts().get(t).orElseThrow().text();
            int typo = text.indexOf("Utrect");
            String pos = code(project, "Ervaring/Positief");
            String contact = code(project, "Contact");
            Coding before = project.codings().apply(t, 3, 10, contact, "Lotte");            // "Hoe was"
            Coding around = project.codings().apply(t, 3, typo + 7, pos, "Lotte");         // "Hoe was het in Utrect?"
            Coding after = project.codings().apply(t, text.indexOf("echt"), text.indexOf("echt") + 9, pos, "Daan");
            List<ChangeEvent> events = new ArrayList<>();
            project.database().addListener(events::add);

            EditResult result = project.edits().edit(t, typo, typo + 6, "Utrecht", "Lotte");

            assertThat(result.codingsShifted()).isEqualTo(1);
            assertThat(result.codingsResized()).isEqualTo(1);
            assertThat(result.codingsRemoved()).isEmpty();
            assertThat(covered(project, project.codings().get(before.id()).orElseThrow())).isEqualTo("Hoe was");
            assertThat(covered(project, project.codings().get(around.id()).orElseThrow())).isEqualTo("Hoe was het in Utrecht?");
            assertThat(covered(project, project.codings().get(after.id()).orElseThrow())).isEqualTo("echt fijn");
            Transcript edited = project.transcripts().get(t).orElseThrow();
            assertThat(edited.text()).contains("in Utrecht?").contains("fijn in Utrect,");
            assertThat(edited.turnText(edited.turns().get(1))).isEqualTo("Het was fijn in Utrect, echt fijn.");
            assertThat(edited.textSha256()).isEqualTo(nl.codewerk.util.Ids.sha256(edited.text()));
            assertThat(events).singleElement().satisfies(e -> assertThat(e.tables()).contains("transcripts", "turns", "codings"));

            var entry = project.undoLog().nextUndo().orElseThrow();
            assertThat(entry.label()).isEqualTo("edit text of t1");
            assertThat(entry.actor()).isEqualTo("Lotte");
            project.undoLog().undo();
            assertThat(project.transcripts().get(t).orElseThrow().text()).isEqualTo(text);
            assertThat(project.codings().get(after.id()).orElseThrow().start()).isEqualTo(after.start());
            assertThat(project.codings().get(around.id()).orElseThrow().end()).isEqualTo(around.end());
        }
    }

    @Test
    void codingWhoseWordsAreDeletedBecomesAMemo() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Vraag?", "Eerste zin. Weg ermee. Laatste zin.");
            String text = project.transcripts().get(t).orElseThrow().text();
            int from = text.indexOf("Weg ermee. ");
            int to = from + "Weg ermee. ".length();
            String neg = code(project, "Ervaring/Negatief");
            Coding doomed = project.codings().apply(t, from, from + 9, neg, "Daan");
            project.codings().comment(doomed.id(), "twijfel", "Daan");
            Memo onCoding = project.memos().add(MemoTarget.coding(doomed.id()), null, "eigen memo", "Daan");
            Coding spanning = project.codings().apply(t, text.indexOf("Eerste"), to + 7, neg, "Daan");

            EditResult result = project.edits().edit(t, from, to, "", "Lotte");

            assertThat(result.codingsRemoved()).singleElement().satisfies(r -> {
                assertThat(r.codingId()).isEqualTo(doomed.id());
                assertThat(r.codeName()).isEqualTo("Negatief");
                assertThat(r.coder()).isEqualTo("Daan");
                assertThat(r.text()).isEqualTo("Weg ermee");
            });
            assertThat(project.codings().get(doomed.id())).isEmpty();
            assertThat(covered(project, project.codings().get(spanning.id()).orElseThrow())).isEqualTo("Eerste zin. Laatste");
            List<Memo> memos = project.memos().on(MemoTarget.transcript(t));
            assertThat(memos).hasSize(2);
            assertThat(memos).anySatisfy(m -> assertThat(m.text()).contains("Negatief", "Daan", "\"Weg ermee\"", "twijfel"));
            assertThat(memos).anySatisfy(m -> assertThat(m.id()).isEqualTo(onCoding.id()));

            project.undoLog().undo();
            assertThat(project.codings().get(doomed.id())).isPresent();
            assertThat(project.memos().on(MemoTarget.coding(doomed.id()))).hasSize(1);
            assertThat(project.memos().on(MemoTarget.transcript(t))).isEmpty();
        }
    }

    @Test
    void deletingAWholeTurnRemovesItAndRenumbersTheRest() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Een", "Twee", "Drie");
            Transcript before = project.transcripts().get(t).orElseThrow();
            Turn second = before.turns().get(1);
            // "\n\nR: Twee" goes: the separator before the turn and the whole paragraph.
            EditResult result = project.edits().edit(t, before.turns().get(0).end(), second.end(), "", "Lotte");

            assertThat(result.turnsRemoved()).isEqualTo(1);
            Transcript after = project.transcripts().get(t).orElseThrow();
            assertThat(after.text()).isEqualTo("I: Een\n\nI: Drie");
            assertThat(after.turns()).extracting(Turn::ordinal).containsExactly(0, 1);
            assertThat(after.turns()).extracting(after::turnText).containsExactly("Een", "Drie");
            project.undoLog().undo();
            assertThat(project.transcripts().get(t).orElseThrow().turns()).isEqualTo(before.turns());
        }
    }

    @Test
    void editInsideALabelMovesOnlyWhatFollows() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Een", "Twee");
            Turn second = project.transcripts().get(t).orElseThrow().turns().get(1);
            project.edits().edit(t, second.labelStart(), second.labelStart() + 1, "Resp", null);
            Transcript after = project.transcripts().get(t).orElseThrow();
            Turn moved = after.turns().get(1);
            assertThat(after.text().substring(moved.labelStart(), moved.start())).isEqualTo("Resp: ");
            assertThat(after.turnText(moved)).isEqualTo("Twee");
            assertThat(moved.speaker()).as("the speaker field is not re-read from the label").isEqualTo("R");
        }
    }

    @Test
    void refusesRangesOutsideTheTextOrThroughAnEmoji() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Leuk 😀 toch");
            String text = project.transcripts().get(t).orElseThrow().text();
            int emoji = text.indexOf("😀");
            assertThatThrownBy(() -> project.edits().edit(t, 0, text.length() + 1, "x", null))
                    .isInstanceOf(TextEditException.class).hasMessageContaining("outside the text");
            assertThatThrownBy(() -> project.edits().edit(t, emoji + 1, emoji + 2, "x", null))
                    .isInstanceOf(TextEditException.class).hasMessageContaining("in half");
            assertThatThrownBy(() -> project.edits().edit(t, 0, 1, "\uD83D", null)).isInstanceOf(TextEditException.class);
            assertThatThrownBy(() -> project.edits().edit(t, 2, 2, "", null)).isInstanceOf(TextEditException.class);
            assertThatThrownBy(() -> project.edits().edit(t + 99, 0, 1, "x", null)).isInstanceOf(TextEditException.class);
            assertThat(project.transcripts().get(t).orElseThrow().text()).isEqualTo(text);
            assertThat(project.undoLog().nextUndo().orElseThrow().label()).startsWith("add code");
        }
    }

    @Test
    void lineEndsInTheNewTextBecomeLf() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Een zin.");
            EditResult result = project.edits().edit(t, 3, 3, "regel\r\nnieuw ", null);
            assertThat(project.transcripts().get(t).orElseThrow().text()).isEqualTo("I: regel\nnieuw Een zin.");
            assertThat(result.edits().getFirst().newEnd()).isEqualTo(3 + "regel\nnieuw ".length());
        }
    }
}
