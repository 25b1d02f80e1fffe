package nl.codewerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.util.Progress;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Search, autocode and word lists over a project. The index behind it is opened on first use
 * (built or brought up to date then, with progress when asked through {@link #index(Progress)})
 * and kept current by the database listener afterwards.
 */
public final class SearchService implements AutoCloseable {

    private final Database database;
    private final TranscriptStore transcripts;
    private final CaseStore cases;
    private final CodingService codings;
    private final CodebookService codebook;
    private SearchIndex index;

    public SearchService(Database database, TranscriptStore transcripts, CaseStore cases, CodingService codings, CodebookService codebook) {
        this.database = database;
        this.transcripts = transcripts;
        this.cases = cases;
        this.codings = codings;
        this.codebook = codebook;
    }

    /** The index, opened (and built or updated) now if it was not open yet. */
    public SearchIndex index() {
        return index(Progress.NONE);
    }

    public synchronized SearchIndex index(Progress progress) {
        if (index == null) {
            SearchIndex opened = new SearchIndex(database, transcripts, codings, cases);
            try {
                opened.open(progress);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            index = opened;
        }
        return index;
    }

    /** Finds every hit of the query; see {@link UserQueryParser} for the syntax. */
    public SearchResult search(SearchRequest request) {
        Prepared prepared = prepare(request);
        Codebook book = codebook.codebook();
        return index().read((searcher, forms, names, allCodings) -> {
            List<HitFinder.RawHit> hits = find(searcher, forms, prepared, allCodings);
            Map<Long, Integer> perTranscript = new HashMap<>();
            Map<String, Integer> perCode = new HashMap<>();
            java.util.Set<Integer> turns = new java.util.HashSet<>();
            for (HitFinder.RawHit hit : hits) {
                perTranscript.merge(hit.transcriptId(), 1, Integer::sum);
                turns.add(hit.doc());
                for (String code : codesAt(allCodings.getOrDefault(hit.transcriptId(), List.of()), hit.start(), hit.end())) {
                    perCode.merge(code, 1, Integer::sum);
                }
            }
            List<HitFinder.RawHit> ordered = sort(hits, request.sort(), names, searcher);
            int from = Math.min(request.offset(), ordered.size());
            int to = request.limit() == 0 ? ordered.size() : Math.min(ordered.size(), from + request.limit());
            List<HitFinder.RawHit> shown = ordered.subList(from, to);
            TurnTexts turnTexts = TurnTexts.load(searcher, shown.stream().map(HitFinder.RawHit::doc).toList(), true);
            List<SearchHit> page = new ArrayList<>(to - from);
            for (HitFinder.RawHit hit : shown) {
                Snippets.Parts parts = Snippets.of(turnTexts.text(hit.doc()), hit.start() - hit.turnStart(), hit.end() - hit.turnStart());
                page.add(new SearchHit(hit.transcriptId(), names.getOrDefault(hit.transcriptId(), ""), hit.turn(), turnTexts.speaker(hit.doc()),
                        hit.start(), hit.end(), parts.before(), parts.match(), parts.after(), hit.score()));
            }
            List<HitCount> transcriptCounts = perTranscript.entrySet().stream()
                    .map(e -> new HitCount(Long.toString(e.getKey()), names.getOrDefault(e.getKey(), ""), e.getValue()))
                    .sorted(Comparator.comparing(HitCount::name, String.CASE_INSENSITIVE_ORDER).thenComparing(HitCount::id))
                    .toList();
            List<HitCount> codeCounts = new ArrayList<>();
            for (Code code : book.inTreeOrder()) {
                Integer n = perCode.get(code.id());
                if (n != null) {
                    codeCounts.add(new HitCount(code.id(), String.join("/", book.path(code.id())), n));
                }
            }
            return new SearchResult(hits.size(), turns.size(), page, transcriptCounts, codeCounts);
        });
    }

    /** What autocoding the hits of a search with a code would do, without doing it. */
    public AutocodePlan autocodePreview(SearchRequest request, String codeId, AutocodeScope scope, String coder) {
        Code code = codebook.codebook().require(codeId);
        Prepared prepared = prepare(request);
        String who = coder == null || coder.isBlank() ? CodingService.defaultCoder() : coder.strip();
        return index().read((searcher, forms, names, allCodings) -> {
            List<HitFinder.RawHit> hits = find(searcher, forms, prepared, allCodings);
            TurnTexts texts = TurnTexts.load(searcher, hits.stream().map(HitFinder.RawHit::doc).toList(), true);
            Map<Long, List<int[]>> byTranscript = new LinkedHashMap<>();
            for (HitFinder.RawHit hit : hits) {
                String text = texts.text(hit.doc());
                int[] span = ScopeExtender.extend(text, hit.start() - hit.turnStart(), hit.end() - hit.turnStart(), scope);
                byTranscript.computeIfAbsent(hit.transcriptId(), k -> new ArrayList<>())
                        .add(new int[] {hit.turnStart() + span[0], hit.turnStart() + span[1]});
            }
            List<CodingService.Span> spans = new ArrayList<>();
            int already = 0;
            for (Map.Entry<Long, List<int[]>> entry : byTranscript.entrySet()) {
                List<Coding> existing = allCodings.getOrDefault(entry.getKey(), List.of());
                for (int[] span : merge(entry.getValue())) {
                    spans.add(new CodingService.Span(entry.getKey(), span[0], span[1]));
                    boolean coded = existing.stream().anyMatch(c -> c.codeId().equals(code.id()) && c.coder().equals(who)
                            && c.start() == span[0] && c.end() == span[1]);
                    if (coded) {
                        already++;
                    }
                }
            }
            return new AutocodePlan(code.id(), scope, hits.size(), spans, already);
        });
    }

    /** Applies the code to every hit extended to the scope, as one entry in the undo log. */
    public AutocodeResult autocode(SearchRequest request, String codeId, AutocodeScope scope, String coder) {
        AutocodePlan plan = autocodePreview(request, codeId, scope, coder);
        if (plan.newCodings() == 0) {
            return new AutocodeResult(plan, List.of());
        }
        Code code = codebook.codebook().require(codeId);
        String label = Messages.get("undo.autocode", code.name(), request.query());
        List<Coding> made = codings.applyAll(plan.spans(), code.id(), coder, label);
        return new AutocodeResult(plan, made);
    }

    /** Word frequencies of the whole project, a transcript and/or a speaker's turns. */
    public WordList wordFrequencies(WordListRequest request, Progress progress) {
        return new WordCounter(transcripts).count(request, progress);
    }

    // ---- internals -----------------------------------------------------------------------

    /**
     * The query as typed and the turn filters, resolved before the index is locked (filters read
     * the database). The words are parsed against the index's stems when it is read.
     */
    private record Prepared(String query, Query filter, String codeId, boolean uncoded) {
    }

    private Prepared prepare(SearchRequest request) {
        // Syntax errors are reported before the index is opened or brought up to date.
        UserQueryParser.parse(request.query(), StemForms.EMPTY);
        if (request.codeId() != null && request.uncoded()) {
            throw new SearchQueryException("search.codeAndUncoded");
        }
        BooleanQuery.Builder turns = new BooleanQuery.Builder();
        if (request.transcriptId() != null) {
            turns.add(term(TurnDocuments.TRANSCRIPT, request.transcriptId().toString()), BooleanClause.Occur.FILTER);
        }
        if (request.speaker() != null && !request.speaker().isBlank()) {
            turns.add(term(TurnDocuments.SPEAKER, SpeakerRoles.key(request.speaker())), BooleanClause.Occur.FILTER);
        }
        if (request.respondentsOnly()) {
            turns.add(term(TurnDocuments.ROLE, SpeakerRoles.RESPONDENT), BooleanClause.Occur.FILTER);
        }
        String codeId = null;
        if (request.codeId() != null) {
            codeId = codebook.codebook().require(request.codeId()).id();
            turns.add(term(TurnDocuments.CODE, codeId), BooleanClause.Occur.FILTER);
        }
        if (!request.attributes().isEmpty()) {
            List<Attribute> attributes = cases.attributes();
            request.attributes().forEach((name, value) -> {
                Attribute attribute = attributes.stream().filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst()
                        .orElseThrow(() -> new SearchQueryException("search.unknownAttribute", name));
                String stored;
                try {
                    stored = AttributeValues.canonical(attribute.type(), value);
                } catch (RuntimeException e) {
                    throw new SearchQueryException(e, "search.badAttributeValue", value, attribute.name());
                }
                if (stored == null) {
                    throw new SearchQueryException("search.badAttributeValue", value, attribute.name());
                }
                turns.add(term(TurnDocuments.ATTRIBUTE, TurnDocuments.attributeTerm(attribute.name(), stored)), BooleanClause.Occur.FILTER);
            });
        }
        return new Prepared(request.query(), turns.build(), codeId, request.uncoded());
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static List<HitFinder.RawHit> find(IndexSearcher searcher, StemForms forms, Prepared prepared, Map<Long, List<Coding>> allCodings)
            throws IOException {
        Query words = UserQueryParser.parse(prepared.query(), forms);
        BooleanQuery.Builder turns = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        for (BooleanClause filter : ((BooleanQuery) prepared.filter()).clauses()) {
            turns.add(filter);
        }
        List<HitFinder.RawHit> hits = HitFinder.find(searcher, words, turns.build());
        if (prepared.codeId() == null && !prepared.uncoded()) {
            return hits;
        }
        List<HitFinder.RawHit> kept = new ArrayList<>(hits.size());
        for (HitFinder.RawHit hit : hits) {
            List<String> codes = codesAt(allCodings.getOrDefault(hit.transcriptId(), List.of()), hit.start(), hit.end());
            if (prepared.uncoded() ? codes.isEmpty() : codes.contains(prepared.codeId())) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /** Codes of the codings that overlap {@code [start, end)}; codings are in order of start. */
    private static List<String> codesAt(List<Coding> codingsOfTranscript, int start, int end) {
        List<String> out = new ArrayList<>(2);
        for (Coding coding : codingsOfTranscript) {
            if (coding.start() >= end) {
                break;
            }
            if (coding.end() > start && !out.contains(coding.codeId())) {
                out.add(coding.codeId());
            }
        }
        return out;
    }

    private static List<HitFinder.RawHit> sort(List<HitFinder.RawHit> hits, HitSort sort, Map<Long, String> names, IndexSearcher searcher)
            throws IOException {
        Comparator<HitFinder.RawHit> position = Comparator
                .comparing((HitFinder.RawHit h) -> names.getOrDefault(h.transcriptId(), ""), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(HitFinder.RawHit::transcriptId)
                .thenComparingInt(HitFinder.RawHit::start)
                .thenComparingInt(HitFinder.RawHit::end);
        Comparator<HitFinder.RawHit> order = switch (sort) {
            case POSITION -> position;
            case RELEVANCE -> Comparator.comparingDouble((HitFinder.RawHit h) -> -h.score()).thenComparing(position);
            case SPEAKER -> {
                TurnTexts turns = TurnTexts.load(searcher, hits.stream().map(HitFinder.RawHit::doc).toList(), false);
                yield Comparator.comparing((HitFinder.RawHit h) -> {
                    String s = turns.speaker(h.doc());
                    return s == null ? "\uffff" : s.toLowerCase(Locale.ROOT);
                }).thenComparing(position);
            }
            case MATCH -> {
                TurnTexts turns = TurnTexts.load(searcher, hits.stream().map(HitFinder.RawHit::doc).toList(), true);
                Map<HitFinder.RawHit, String> keys = new HashMap<>();
                for (HitFinder.RawHit h : hits) {
                    keys.put(h, SearchAnalysis.fold(turns.text(h.doc()).substring(h.start() - h.turnStart(), h.end() - h.turnStart())));
                }
                yield Comparator.comparing((HitFinder.RawHit h) -> keys.get(h)).thenComparing(position);
            }
        };
        List<HitFinder.RawHit> out = new ArrayList<>(hits);
        out.sort(order);
        return out;
    }

    /** Merges overlapping spans (two hits in one sentence become one coding). */
    static List<int[]> merge(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] span : sorted) {
            int[] last = out.isEmpty() ? null : out.getLast();
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                out.add(new int[] {span[0], span[1]});
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
