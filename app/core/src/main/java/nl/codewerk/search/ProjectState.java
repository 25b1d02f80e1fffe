package nl.codewerk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.transcript.TranscriptRevision;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.util.Ids;

/**
 * What the project looks like to the index: per transcript a fingerprint of everything its
 * turn documents are built from (text, turns, codings, case and attribute values). Comparing
 * it with the fingerprints stored in the index tells which transcripts to index again, after
 * a change in this process or when the project was changed without the index (copied,
 * changed by another version). Parts are re-read only when their tables changed.
 */
final class ProjectState {

    private final TranscriptStore transcripts;
    private final CodingService codings;
    private final CaseStore cases;

    // Read only by the thread that holds the index lock; listeners only raise the flags, so a
    // listener running inside a database transaction never waits for the index.
    private List<TranscriptRevision> revisions;
    private Map<Long, String> codingRevisions;
    private Map<Long, List<Coding>> codingList;
    private Map<Long, Map<String, Long>> speakerCases;
    private Map<Long, Map<String, String>> values;
    private volatile boolean transcriptsChanged = true;
    private volatile boolean codingsChanged = true;
    private volatile boolean casesChanged = true;
    /** Transcripts whose codings changed since they were read; listeners add, the reader removes. */
    private final Set<Long> recoded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ProjectState(TranscriptStore transcripts, CodingService codings, CaseStore cases) {
        this.transcripts = transcripts;
        this.codings = codings;
        this.cases = cases;
    }

    /**
     * Notes which parts the given tables feed, so the next read sees the change. When the
     * transcripts whose codings changed are known, only their codings are read again (a coding
     * in a large project need not re-read every coding); null means any may have changed.
     */
    void invalidate(Set<String> tables, Set<Long> codedTranscripts) {
        if (tables.contains("transcripts") || tables.contains("turns")) {
            transcriptsChanged = true;
        }
        if (tables.contains("codings")) {
            if (codedTranscripts == null) {
                codingsChanged = true;
            } else {
                recoded.addAll(codedTranscripts);
            }
        }
        if (tables.contains("speaker_cases") || tables.contains("cases") || tables.contains("attribute_values")
                || tables.contains("attributes") || tables.contains("transcripts")) {
            casesChanged = true;
        }
    }

    void invalidateAll() {
        recoded.clear();
        transcriptsChanged = true;
        codingsChanged = true;
        casesChanged = true;
    }

    List<TranscriptRevision> revisions() {
        if (transcriptsChanged || revisions == null) {
            // Clear the flag before reading: a change during the read raises it again.
            transcriptsChanged = false;
            revisions = transcripts.revisions();
        }
        return revisions;
    }

    /** Every coding, per transcript in order of start: for code filters and counts per code. */
    Map<Long, List<Coding>> codings() {
        refreshCodings();
        return codingList;
    }

    private void refreshCodings() {
        if (codingsChanged || codingList == null || codingRevisions == null) {
            codingsChanged = false;
            recoded.clear();
            Map<Long, List<Coding>> grouped = new HashMap<>();
            for (Coding coding : codings.list(CodingFilter.ALL)) {
                grouped.computeIfAbsent(coding.transcriptId(), k -> new ArrayList<>()).add(coding);
            }
            Map<Long, String> digests = new HashMap<>();
            grouped.forEach((transcript, list) -> digests.put(transcript, digest(list)));
            codingList = grouped;
            codingRevisions = digests;
            return;
        }
        for (Long transcript : List.copyOf(recoded)) {
            // Removed before reading: a change during the read adds it again.
            recoded.remove(transcript);
            List<Coding> list = codings.list(CodingFilter.transcript(transcript));
            if (list.isEmpty()) {
                codingList.remove(transcript);
                codingRevisions.remove(transcript);
            } else {
                codingList.put(transcript, list);
                codingRevisions.put(transcript, digest(list));
            }
        }
    }

    private static String digest(List<Coding> list) {
        StringBuilder state = new StringBuilder();
        list.stream().sorted(java.util.Comparator.comparingLong(Coding::id)).forEach(c -> state.append(c.id()).append(',')
                .append(c.start()).append(',').append(c.end()).append(',').append(c.codeId()).append('\n'));
        return Ids.sha256(state.toString());
    }

    private void refreshCases() {
        if (casesChanged || speakerCases == null || values == null) {
            casesChanged = false;
            speakerCases = cases.speakerCases();
            values = cases.storedValues();
        }
    }

    Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        revisions().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    /** Transcript id to fingerprint, in id order. */
    Map<Long, String> fingerprints() {
        refreshCodings();
        refreshCases();
        Map<Long, String> out = new LinkedHashMap<>();
        for (TranscriptRevision r : revisions()) {
            TurnDocuments.CaseInfo info = caseInfo(r.id(), r.caseId());
            StringBuilder state = new StringBuilder(SearchAnalysis.FORMAT).append('|')
                    .append(r.textSha256()).append('|').append(r.turnsDigest()).append('|')
                    .append(codingRevisions.getOrDefault(r.id(), "")).append('|')
                    .append(info.transcriptCase()).append('|').append(info.speakerCases());
            for (Long caseId : new TreeSet<>(involvedCases(info))) {
                state.append('|').append(caseId).append('=').append(info.values().getOrDefault(caseId, Map.of()));
            }
            out.put(r.id(), Ids.sha256(state.toString()));
        }
        return out;
    }

    TurnDocuments.CaseInfo caseInfo(long transcriptId, Long transcriptCase) {
        refreshCases();
        return new TurnDocuments.CaseInfo(transcriptCase, speakerCases.getOrDefault(transcriptId, Map.of()), values);
    }

    private static Set<Long> involvedCases(TurnDocuments.CaseInfo info) {
        Set<Long> ids = new java.util.HashSet<>(info.speakerCases().values());
        if (info.transcriptCase() != null) {
            ids.add(info.transcriptCase());
        }
        return ids;
    }
}
