package nl.codewerk.coding;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;

/**
 * Which case a coding counts for. In a paired or group interview each speaker can count for a
 * case of their own, so the transcript's case is not enough: a coding belongs to the turn in
 * whose paragraph it starts (from that turn's label up to the next turn's label), and counts
 * for the case linked to that turn's speaker; failing that, for the transcript's case; failing
 * that, for no case. Frequency tables, exports, search and agreement all use this one rule.
 *
 * <p>A snapshot: build it once per report with {@link #load}, then ask it as often as needed.
 */
public final class CaseOfCoding {

    private final Map<Long, Entry> byTranscript;
    private final Set<Long> linkedCases;

    private record Entry(Long transcriptCase, List<Turn> turns, int[] labelStarts, Map<String, Long> speakerCases) {
    }

    private CaseOfCoding(Map<Long, Entry> byTranscript) {
        this.byTranscript = byTranscript;
        Set<Long> linked = new HashSet<>();
        for (Entry e : byTranscript.values()) {
            if (e.transcriptCase() != null) {
                linked.add(e.transcriptCase());
            }
            linked.addAll(e.speakerCases().values());
        }
        this.linkedCases = Collections.unmodifiableSet(linked);
    }

    public static CaseOfCoding load(TranscriptStore transcripts, CaseStore cases) {
        Map<Long, Entry> entries = new HashMap<>();
        for (TranscriptSummary t : transcripts.list()) {
            List<Turn> turns = transcripts.turns(t.id());
            int[] labelStarts = new int[turns.size()];
            for (int i = 0; i < turns.size(); i++) {
                labelStarts[i] = turns.get(i).labelStart();
            }
            entries.put(t.id(), new Entry(t.caseId(), turns, labelStarts, Map.copyOf(cases.speakerCases(t.id()))));
        }
        return new CaseOfCoding(entries);
    }

    /** The case the coding counts for, or null when neither its speaker nor its transcript has one. */
    public Long caseOf(Coding coding) {
        return caseAt(coding.transcriptId(), coding.start());
    }

    /** The case that text starting at {@code offset} of the transcript counts for, or null. */
    public Long caseAt(long transcriptId, int offset) {
        Entry entry = byTranscript.get(transcriptId);
        if (entry == null) {
            return null;
        }
        Turn turn = turnAt(entry, offset);
        if (turn != null && turn.speaker() != null) {
            Long speakerCase = entry.speakerCases().get(turn.speaker());
            if (speakerCase != null) {
                return speakerCase;
            }
        }
        return entry.transcriptCase();
    }

    /** The turn in whose paragraph {@code offset} lies, or null before the first turn (a header line). */
    public Turn turnAt(long transcriptId, int offset) {
        Entry entry = byTranscript.get(transcriptId);
        return entry == null ? null : turnAt(entry, offset);
    }

    private static Turn turnAt(Entry entry, int offset) {
        int[] starts = entry.labelStarts();
        int index = Arrays.binarySearch(starts, offset);
        if (index < 0) {
            index = -index - 2; // the last turn whose label starts before offset
        } else {
            // Several empty turns may share a label start; take the last, whose words follow.
            while (index + 1 < starts.length && starts[index + 1] == offset) {
                index++;
            }
        }
        return index < 0 ? null : entry.turns().get(index);
    }

    /** The turns of a transcript in order (empty for an unknown transcript). */
    public List<Turn> turns(long transcriptId) {
        Entry entry = byTranscript.get(transcriptId);
        return entry == null ? List.of() : entry.turns();
    }

    /** The cases some transcript or speaker counts for: the cases a report is about. */
    public Set<Long> linkedCases() {
        return linkedCases;
    }

    /** The cases one transcript's codings can count for (its own case and its speakers' cases). */
    public Set<Long> casesOf(long transcriptId) {
        Entry entry = byTranscript.get(transcriptId);
        if (entry == null) {
            return Set.of();
        }
        Set<Long> out = new HashSet<>(entry.speakerCases().values());
        if (entry.transcriptCase() != null) {
            out.add(entry.transcriptCase());
        }
        return out;
    }
}
