package nl.codewerk.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodeRelation;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.Memo;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;

/**
 * What a round trip must keep, in a form that compares by value and ignores database ids:
 * transcripts by name, codes by path, codings by transcript, position, code path and coder,
 * cases with attributes and members, memos by what they are about.
 */
record Snapshot(Map<String, String> transcripts, Map<String, String> codes, List<String> codings, Map<String, String> cases,
        List<String> memos, List<String> relations, Map<String, String> guids) {

    static Snapshot of(Project project) {
        Codebook book = project.codebook().codebook();
        Map<Long, Transcript> byId = new HashMap<>();
        Map<String, String> transcripts = new TreeMap<>();
        for (TranscriptSummary s : project.transcripts().list()) {
            Transcript t = project.transcripts().get(s.id()).orElseThrow();
            byId.put(t.id(), t);
            transcripts.put(t.name(), t.text());
        }
        Map<String, String> codes = new TreeMap<>();
        Map<String, String> guids = new TreeMap<>();
        for (Code c : book.inTreeOrder()) {
            String path = CodePath.format(book.path(c.id()));
            codes.put(path, c.color() + " active=" + c.active() + " def=" + c.definition() + " use=" + c.whenToUse() + " not="
                    + c.whenNotToUse() + " ex=" + c.example() + " en=" + c.nameEn());
            guids.put("code " + path, c.guid());
        }
        List<String> codings = new ArrayList<>();
        Map<Long, String> codingKeys = new HashMap<>();
        for (Coding c : project.codings().list(CodingFilter.ALL)) {
            Transcript t = byId.get(c.transcriptId());
            String key = t.name() + " [" + c.start() + "," + c.end() + ") " + CodePath.format(book.path(c.codeId())) + " by " + c.coder();
            codings.add(key + " '" + t.text().substring(c.start(), c.end()) + "' comment=" + c.comment() + " at=" + RefiValues.dateTime(c.createdAt()));
            codingKeys.put(c.id(), key);
            guids.put("coding " + key, c.guid());
        }
        codings.sort(null);
        Map<String, String> cases = new TreeMap<>();
        for (Case c : project.cases().cases()) {
            TreeSet<String> members = new TreeSet<>();
            byId.values().stream().filter(t -> Long.valueOf(c.id()).equals(t.caseId())).forEach(t -> members.add(t.name()));
            for (Transcript t : byId.values()) {
                project.cases().speakerCases(t.id()).forEach((speaker, caseId) -> {
                    if (caseId == c.id()) {
                        members.add(t.name() + ":" + speaker);
                    }
                });
            }
            cases.put(c.name(), c.attributes() + " " + members);
        }
        List<String> memos = new ArrayList<>();
        for (Memo m : project.memos().list()) {
            String about = switch (m.target().kind()) {
                case PROJECT -> "project";
                case TRANSCRIPT -> "transcript " + byId.get(Long.parseLong(m.target().id())).name();
                case CODE -> "code " + CodePath.format(book.path(m.target().id()));
                case CODING -> "coding " + codingKeys.get(Long.parseLong(m.target().id()));
            };
            memos.add(about + ": " + m.title() + " | " + m.text() + " | " + m.author() + " | " + RefiValues.dateTime(m.createdAt()) + " | " + RefiValues.dateTime(m.updatedAt()));
            guids.put("memo " + about + " " + m.title(), m.guid());
        }
        memos.sort(null);
        List<String> relations = new ArrayList<>();
        for (CodeRelation r : project.codebook().relations()) {
            relations.add(CodePath.format(book.path(r.fromCode())) + " " + r.type() + " " + CodePath.format(book.path(r.toCode())) + " " + r.memo());
        }
        relations.sort(null);
        return new Snapshot(transcripts, codes, codings, cases, memos, relations, guids);
    }
}
