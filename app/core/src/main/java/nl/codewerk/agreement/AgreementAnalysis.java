package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Compares coders' codings in a project: cuts the compared transcripts into units, counts per
 * code how many units show each presence pattern, and computes every measure per code and pooled.
 * Reads the codebook and texts through the project's services, and turns and codings in bulk
 * through {@link AgreementStore}.
 */
public final class AgreementAnalysis {

    /**
     * What to compare.
     *
     * @param coders      two or more coder names; the first is coder A, the second coder B
     * @param unit        the unit of comparison
     * @param codes       code ids or name paths to report; empty for every code a compared coder
     *                    applied in the compared transcripts
     * @param transcripts transcript names or ids; empty for every transcript that each compared
     *                    coder has coded (at least one coding)
     */
    public record Request(List<String> coders, UnitOfComparison unit, List<String> codes, List<String> transcripts) {

        public Request {
            coders = coders.stream().map(String::strip).toList();
            codes = List.copyOf(codes);
            transcripts = List.copyOf(transcripts);
        }
    }

    private final Project project;

    public AgreementAnalysis(Project project) {
        this.project = project;
    }

    public AgreementResult run(Request request, Progress progress) {
        List<String> coders = checkCoders(request);
        UnitOfComparison unit = request.unit();
        AgreementStore store = new AgreementStore(project.database());
        Map<String, List<AgreementStore.CodedSpan>> byCoder = new LinkedHashMap<>();
        for (String coder : coders) {
            byCoder.put(coder, new ArrayList<>());
        }
        for (AgreementStore.CodedSpan c : store.codings(coders)) {
            byCoder.get(c.coder()).add(c);
        }
        List<AgreementResult.ComparedTranscript> transcripts = transcripts(request, byCoder, store);
        Set<Long> compared = new LinkedHashSet<>();
        transcripts.forEach(t -> compared.add(t.id()));

        Codebook codebook = project.codebook().codebook();
        List<String> codeIds = codes(request, codebook, byCoder, compared);

        // codings[transcript][code][coder] -> spans
        Map<Long, Map<String, List<List<Segment>>>> codings = new HashMap<>();
        for (int r = 0; r < coders.size(); r++) {
            for (AgreementStore.CodedSpan c : byCoder.get(coders.get(r))) {
                if (!compared.contains(c.transcriptId())) {
                    continue;
                }
                List<List<Segment>> perCoder = codings.computeIfAbsent(c.transcriptId(), k -> new HashMap<>())
                        .computeIfAbsent(c.codeId(), k -> emptyLists(coders.size()));
                perCoder.get(r).add(new Segment(c.start(), c.end()));
            }
        }

        PresenceComparison comparison = switch (unit.kind()) {
            case TURN, SENTENCE, PARAGRAPH -> new SpanPresence();
            case CHARACTER -> new CharacterUnits();
            case OVERLAP -> new OverlapUnits(unit.overlapPercent());
        };
        SpanUnits spanUnits = switch (unit.kind()) {
            case TURN, SENTENCE, PARAGRAPH -> SpanUnits.of(unit.kind());
            case CHARACTER, OVERLAP -> null;
        };

        int patterns = 1 << coders.size();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<UnitPresence>> coded = new LinkedHashMap<>();
        for (String code : codeIds) {
            counts.put(code, new long[patterns]);
            coded.put(code, new ArrayList<>());
        }
        // Turn and character comparison read every turn's span at once; the others need none or the texts.
        boolean bulkTurns = unit.kind() == UnitOfComparison.Kind.TURN || unit.kind() == UnitOfComparison.Kind.CHARACTER;
        Map<Long, List<Segment>> turnSpans = bulkTurns ? store.turnSpans() : Map.of();
        int done = 0;
        for (AgreementResult.ComparedTranscript t : transcripts) {
            progress.checkCancelled();
            progress.update(done++, transcripts.size(), t.name());
            TranscriptUnits units = units(t, spanUnits, turnSpans);
            Map<String, List<List<Segment>>> here = codings.getOrDefault(t.id(), Map.of());
            for (String code : codeIds) {
                List<List<Segment>> spans = here.get(code);
                if (spans == null) {
                    counts.get(code)[0] += comparison.units(units);
                } else {
                    List<UnitPresence> sink = coded.get(code);
                    comparison.compare(units, spans, counts.get(code),
                            (start, end, pattern) -> sink.add(new UnitPresence(code, t.id(), start, end, pattern)));
                }
            }
        }
        progress.update(transcripts.size(), transcripts.size(), "");

        List<AgreementRow> rows = new ArrayList<>();
        PresenceCounts total = PresenceCounts.empty(coders);
        List<UnitPresence> disagreements = new ArrayList<>();
        List<UnitPresence> agreements = new ArrayList<>();
        int all = patterns - 1;
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < transcripts.size(); i++) {
            order.put(transcripts.get(i).id(), i);
        }
        for (String code : codeIds) {
            PresenceCounts c = PresenceCounts.of(coders, counts.get(code));
            total = total.plus(c);
            rows.add(AgreementRow.of(code, CodePath.format(codebook.path(code)), 1, c, unit));
            List<UnitPresence> list = coded.get(code);
            list.sort(Comparator.comparingInt((UnitPresence d) -> order.get(d.transcriptId()))
                    .thenComparingInt(UnitPresence::start).thenComparingInt(UnitPresence::end));
            for (UnitPresence u : list) {
                (u.pattern() == all ? agreements : disagreements).add(u);
            }
        }
        AgreementRow pooled = AgreementRow.of(null, null, codeIds.size(), total, unit);
        return new AgreementResult(unit, coders, transcripts, pooled, rows, disagreements, agreements);
    }

    private List<String> checkCoders(Request request) {
        List<String> coders = request.coders();
        if (coders.size() < 2) {
            throw new AgreementException("agreement.tooFewCoders");
        }
        if (coders.size() > PresenceCounts.MAX_CODERS) {
            throw new AgreementException("agreement.tooManyCoders", PresenceCounts.MAX_CODERS);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String coder : coders) {
            if (!seen.add(coder)) {
                throw new AgreementException("agreement.duplicateCoder", coder);
            }
        }
        if (request.unit().kind() == UnitOfComparison.Kind.OVERLAP && coders.size() != 2) {
            throw new AgreementException("agreement.overlapTwoCoders", coders.size());
        }
        List<String> known = project.codings().coders();
        for (String coder : coders) {
            if (!known.contains(coder)) {
                throw new AgreementException("agreement.unknownCoder", coder, String.join(", ", known));
            }
        }
        return coders;
    }

    private List<AgreementResult.ComparedTranscript> transcripts(Request request, Map<String, List<AgreementStore.CodedSpan>> byCoder,
            AgreementStore store) {
        List<AgreementResult.ComparedTranscript> out = new ArrayList<>();
        if (!request.transcripts().isEmpty()) {
            Set<Long> seen = new LinkedHashSet<>();
            for (String wanted : request.transcripts()) {
                Transcript t = project.transcripts().find(wanted)
                        .orElseThrow(() -> new AgreementException("agreement.unknownTranscript", wanted.strip()));
                if (seen.add(t.id())) {
                    out.add(new AgreementResult.ComparedTranscript(t.id(), t.name()));
                }
            }
            return out;
        }
        Set<Long> common = null;
        for (List<AgreementStore.CodedSpan> codings : byCoder.values()) {
            Set<Long> mine = new TreeSet<>();
            codings.forEach(c -> mine.add(c.transcriptId()));
            if (common == null) {
                common = mine;
            } else {
                common.retainAll(mine);
            }
        }
        // Transcript list order (by name) so reports read like the project.
        for (AgreementResult.ComparedTranscript t : store.transcripts()) {
            if (common.contains(t.id())) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new AgreementException("agreement.noCommonTranscripts", String.join(", ", byCoder.keySet()));
        }
        return out;
    }

    private static List<String> codes(Request request, Codebook codebook, Map<String, List<AgreementStore.CodedSpan>> byCoder,
            Set<Long> compared) {
        List<String> out = new ArrayList<>();
        if (!request.codes().isEmpty()) {
            for (String wanted : request.codes()) {
                Code code = codebook.resolve(wanted.strip())
                        .orElseThrow(() -> new AgreementException("agreement.unknownCode", wanted.strip()));
                if (!out.contains(code.id())) {
                    out.add(code.id());
                }
            }
            return out;
        }
        Set<String> applied = new java.util.HashSet<>();
        for (List<AgreementStore.CodedSpan> codings : byCoder.values()) {
            for (AgreementStore.CodedSpan c : codings) {
                if (compared.contains(c.transcriptId())) {
                    applied.add(c.codeId());
                }
            }
        }
        for (Code code : codebook.inTreeOrder()) {
            if (applied.contains(code.id())) {
                out.add(code.id());
            }
        }
        return out;
    }

    private TranscriptUnits units(AgreementResult.ComparedTranscript t, SpanUnits spanUnits, Map<Long, List<Segment>> turnSpans) {
        if (spanUnits != null && spanUnits.needsText()) {
            Transcript full = project.transcripts().get(t.id()).orElseThrow();
            return new TranscriptUnits(t.id(), t.name(), new TurnUnits().units(null, full.turns()),
                    spanUnits.units(full.text(), full.turns()));
        }
        List<Segment> turns = turnSpans.getOrDefault(t.id(), List.of());
        // Turn units are the turns' spans themselves; character and overlap comparison need no units.
        return new TranscriptUnits(t.id(), t.name(), turns, spanUnits == null ? List.of() : turns);
    }

    private static List<List<Segment>> emptyLists(int n) {
        List<List<Segment>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }
}
