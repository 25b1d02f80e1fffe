package nl.codewerk.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;

/**
 * Brings another coder's project into this one: their codings are added under their own coder
 * names. Transcripts are matched by the SHA-256 of their text, codes by stable id and then by name
 * path. Nothing is guessed: a code whose id is here under another name path, a transcript that is
 * not here (or is here twice) are listed as conflicts and their codings left out. A coding that is
 * already here is skipped, so merging the same file twice adds nothing the second time.
 *
 * <p>Codes the other project has and this one lacks are added (same id) when their parent is
 * matched. The whole merge is one undoable action, so a supervisor who merged the wrong file can
 * take it back in one step.
 */
public final class ProjectMergeService {

    private final Project project;

    public ProjectMergeService(Project project) {
        this.project = project;
    }

    private record Plan(Map<Long, Long> transcripts, Map<String, String> codes, List<Code> newCodes,
            Map<String, String> newCodeParents, List<String> newCodePaths, List<MergeConflict> conflicts) {
    }

    /** Merges the project at {@code otherFile} (opened read-only, never changed) into this one. */
    public MergeReport merge(Path otherFile, String actor) {
        if (sameFile(otherFile, project.file())) {
            throw new LocalizedException("merge.sameFile");
        }
        try (Project other = Project.openReadOnly(otherFile)) {
            return merge(other, actor);
        }
    }

    MergeReport merge(Project other, String actor) {
        String otherName = other.file().getFileName().toString();
        List<Coding> incoming = other.codings().list(CodingFilter.ALL);
        Map<Long, Integer> perTranscript = new HashMap<>();
        Map<String, Integer> perCode = new HashMap<>();
        for (Coding c : incoming) {
            perTranscript.merge(c.transcriptId(), 1, Integer::sum);
            perCode.merge(c.codeId(), 1, Integer::sum);
        }
        List<MergeConflict> conflicts = new ArrayList<>();
        Map<Long, Long> transcripts = matchTranscripts(other, otherName, perTranscript, conflicts);
        Plan plan = matchCodes(other, otherName, perCode, transcripts, conflicts);

        Set<String> known = new HashSet<>();
        Set<String> knownGuids = new HashSet<>();
        for (Coding c : project.codings().list(CodingFilter.ALL)) {
            known.add(key(c.transcriptId(), c.start(), c.end(), c.codeId(), c.coder()));
            knownGuids.add(c.guid());
        }
        List<Coding> toAdd = new ArrayList<>();
        int skipped = 0;
        for (Coding c : incoming) {
            Long transcript = plan.transcripts().get(c.transcriptId());
            String code = plan.codes().get(c.codeId());
            if (transcript == null || code == null) {
                continue; // held back by a conflict, counted there
            }
            String k = key(transcript, c.start(), c.end(), code, c.coder());
            if (knownGuids.contains(c.guid()) || !known.add(k)) {
                skipped++;
                continue;
            }
            knownGuids.add(c.guid());
            toAdd.add(new Coding(0, transcript, c.start(), c.end(), code, c.coder(), c.createdAt(), c.comment(), c.guid()));
        }
        Map<String, Integer> perCoder = new TreeMap<>();
        toAdd.forEach(c -> perCoder.merge(c.coder(), 1, Integer::sum));
        if (!toAdd.isEmpty() || !plan.newCodes().isEmpty()) {
            project.database().action(Messages.get("undo.merge", otherName), actor, tx -> {
                for (Code code : plan.newCodes()) {
                    project.codebook().insert(tx, new CodebookService.NewCode(code.id(), plan.newCodeParents().get(code.id()),
                            code.name(), code.nameEn(), code.definition(), code.whenToUse(), code.whenNotToUse(), code.example(),
                            code.color(), code.level()));
                }
                Map<String, Long> coderIds = new HashMap<>();
                for (Coding c : toAdd) {
                    Long coderId = coderIds.get(c.coder());
                    if (coderId == null) {
                        coderId = CodingService.ensureCoder(tx, c.coder());
                        coderIds.put(c.coder(), coderId);
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("transcript_id", c.transcriptId());
                    row.put("start", c.start());
                    row.put("end", c.end());
                    row.put("code_id", c.codeId());
                    row.put("coder_id", coderId);
                    row.put("created_at", c.createdAt().toString());
                    row.put("comment", c.comment());
                    row.put("guid", c.guid());
                    tx.insert("codings", row);
                }
                return null;
            });
        }
        return new MergeReport(toAdd.size(), skipped, plan.newCodePaths(), perCoder, conflicts);
    }

    private Map<Long, Long> matchTranscripts(Project other, String otherName, Map<Long, Integer> perTranscript,
            List<MergeConflict> conflicts) {
        Map<String, List<Long>> here = new HashMap<>();
        for (TranscriptSummary s : project.transcripts().list()) {
            Transcript t = project.transcripts().get(s.id()).orElseThrow();
            here.computeIfAbsent(t.textSha256(), k -> new ArrayList<>()).add(t.id());
        }
        Map<Long, Long> out = new HashMap<>();
        for (TranscriptSummary s : other.transcripts().list()) {
            Transcript t = other.transcripts().get(s.id()).orElseThrow();
            List<Long> matches = here.getOrDefault(t.textSha256(), List.of());
            int codings = perTranscript.getOrDefault(t.id(), 0);
            if (matches.size() == 1) {
                out.put(t.id(), matches.getFirst());
            } else if (matches.isEmpty()) {
                conflicts.add(new MergeConflict(MergeConflict.TRANSCRIPT_MISSING, t.name(), null, t.textSha256(), codings,
                        Messages.get("merge.transcriptMissing", t.name(), otherName, codings)));
            } else {
                conflicts.add(new MergeConflict(MergeConflict.TRANSCRIPT_AMBIGUOUS, t.name(), null, t.textSha256(), codings,
                        Messages.get("merge.transcriptAmbiguous", t.name(), otherName, matches.size(), codings)));
            }
        }
        return out;
    }

    private Plan matchCodes(Project other, String otherName, Map<String, Integer> perCode, Map<Long, Long> transcripts,
            List<MergeConflict> conflicts) {
        Codebook theirs = other.codebook().codebook();
        Codebook ours = project.codebook().codebook();
        Map<String, String> map = new HashMap<>();
        List<Code> newCodes = new ArrayList<>();
        Map<String, String> newParents = new HashMap<>();
        List<String> newPaths = new ArrayList<>();
        // Tree order puts a parent before its children, so a child sees its parent's outcome.
        for (Code code : theirs.inTreeOrder()) {
            List<String> path = theirs.path(code.id());
            int codings = perCode.getOrDefault(code.id(), 0);
            if (ours.get(code.id()).isPresent()) {
                List<String> ourPath = ours.path(code.id());
                if (ourPath.equals(path)) {
                    map.put(code.id(), code.id());
                } else {
                    conflicts.add(new MergeConflict(MergeConflict.CODE_RENAMED, code.id(), CodePath.format(ourPath),
                            CodePath.format(path), codings, Messages.get("merge.codeRenamed", code.id(), CodePath.format(ourPath),
                                    CodePath.format(path), otherName, codings)));
                }
                continue;
            }
            Code byPath = walk(ours, path);
            if (byPath != null) {
                map.put(code.id(), byPath.id());
            } else if (code.parentId() == null || map.containsKey(code.parentId())) {
                String parent = code.parentId() == null ? null : map.get(code.parentId());
                newCodes.add(code);
                newParents.put(code.id(), parent);
                List<String> newPath = new ArrayList<>(parent == null ? List.of() : pathOf(ours, newCodes, newParents, parent));
                newPath.add(code.name());
                newPaths.add(CodePath.format(newPath));
                map.put(code.id(), code.id());
            } else {
                conflicts.add(new MergeConflict(MergeConflict.CODE_PARENT_MISSING, code.id(), null, CodePath.format(path), codings,
                        Messages.get("merge.parentMissing", CodePath.format(path), code.id(), otherName, codings)));
            }
        }
        return new Plan(transcripts, map, newCodes, newParents, newPaths, conflicts);
    }

    /** The code at exactly this name path from the roots, or null. */
    private static Code walk(Codebook book, List<String> path) {
        List<Code> level = book.roots();
        Code found = null;
        for (String name : path) {
            found = level.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            level = book.children(found.id());
        }
        return found;
    }

    /** Name path of a code here or among the codes about to be added. */
    private static List<String> pathOf(Codebook ours, List<Code> newCodes, Map<String, String> newParents, String id) {
        if (ours.get(id).isPresent()) {
            return ours.path(id);
        }
        Code added = newCodes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        String parent = newParents.get(id);
        List<String> path = new ArrayList<>(parent == null ? List.of() : pathOf(ours, newCodes, newParents, parent));
        path.add(added.name());
        return path;
    }

    private static String key(long transcript, int start, int end, String code, String coder) {
        return transcript + "\u0000" + start + "\u0000" + end + "\u0000" + code + "\u0000" + coder;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
