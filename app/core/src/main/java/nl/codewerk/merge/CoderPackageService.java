package nl.codewerk.merge;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeRelation;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/**
 * Writes a coder's package: a new project with this project's codebook (same code ids, so the
 * coder's work can be merged back), transcripts (same text, so they match by hash), cases with
 * their attributes and speaker links, and either no codings or only one coder's. Memos and
 * other coders' codings stay behind: a package is handed out to someone else.
 *
 * <p>Everything is written in one transaction into a file that did not exist; if anything fails
 * the half-made file is removed, so a package is either complete or absent.
 */
public final class CoderPackageService {

    private final Project project;

    public CoderPackageService(Project project) {
        this.project = project;
    }

    /** @param coder whose codings to include, or null for a package without codings */
    public CoderPackage export(Path out, String coder) {
        String who = coder == null || coder.isBlank() ? null : coder.strip();
        if (who != null && !project.codings().coders().contains(who)) {
            throw new LocalizedException("package.unknownCoder", who, String.join(", ", project.codings().coders()));
        }
        Codebook codebook = project.codebook().codebook();
        List<CodeRelation> relations = project.codebook().relations();
        List<Attribute> attributes = project.cases().attributes();
        List<Case> cases = project.cases().cases();
        List<Coding> codings = who == null ? List.of() : project.codings().list(CodingFilter.ALL.withCoder(who));
        List<TranscriptSummary> summaries = project.transcripts().list();

        Project target = Project.create(out, null);
        boolean complete = false;
        try {
            target.database().unrecorded("package", tx -> {
                for (Code code : codebook.inTreeOrder()) {
                    target.codebook().insert(tx, new CodebookService.NewCode(code.id(), code.parentId(), code.name(), code.nameEn(),
                            code.definition(), code.whenToUse(), code.whenNotToUse(), code.example(), code.color(), code.level()));
                    if (!code.active() || code.core()) {
                        tx.update("codes", code.id(), Map.of("active", code.active() ? 1 : 0, "core", code.core() ? 1 : 0));
                    }
                }
                for (CodeRelation r : relations) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("from_code", r.fromCode());
                    row.put("to_code", r.toCode());
                    row.put("type", r.type().dbName());
                    row.put("memo", r.memo());
                    row.put("guid", Ids.guid());
                    tx.insert("code_relations", row);
                }
                Map<String, Attribute> newAttributes = new HashMap<>();
                for (Attribute a : attributes) {
                    newAttributes.put(a.name(), target.cases().ensureAttribute(tx, a.name(), a.type()));
                }
                Map<Long, Long> caseIds = new HashMap<>();
                for (Case c : cases) {
                    long id = target.cases().ensureCase(tx, c.name());
                    caseIds.put(c.id(), id);
                    for (var value : c.attributes().entrySet()) {
                        target.cases().setValue(tx, id, newAttributes.get(value.getKey()), raw(value.getValue()));
                    }
                }
                Map<Long, Long> transcriptIds = new HashMap<>();
                for (TranscriptSummary s : summaries) {
                    Transcript t = project.transcripts().get(s.id()).orElseThrow();
                    ImportedText text = new ImportedText(t.text(), t.turns(), t.format(), t.encoding(), t.lineEnds());
                    long id = target.transcripts().insert(tx, t.name(), t.fileName(), text, t.fileSha256(),
                            t.caseId() == null ? null : caseIds.get(t.caseId()));
                    transcriptIds.put(t.id(), id);
                    for (var link : project.cases().speakerCases(t.id()).entrySet()) {
                        target.cases().linkSpeaker(tx, id, link.getKey(), caseIds.get(link.getValue()));
                    }
                }
                if (who != null) {
                    long coderId = CodingService.ensureCoder(tx, who);
                    for (Coding c : codings) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("transcript_id", transcriptIds.get(c.transcriptId()));
                        row.put("start", c.start());
                        row.put("end", c.end());
                        row.put("code_id", c.codeId());
                        row.put("coder_id", coderId);
                        row.put("created_at", c.createdAt().toString());
                        row.put("comment", c.comment());
                        // The same coding id: merging the package back recognises what was already here.
                        row.put("guid", c.guid());
                        tx.insert("codings", row);
                    }
                }
                return null;
            });
            complete = true;
        } finally {
            Path file = target.file();
            target.close();
            if (!complete) {
                deleteQuietly(file);
            }
        }
        return new CoderPackage(out.toAbsolutePath(), who, codebook.size(), summaries.size(), cases.size(), codings.size());
    }

    /** Back to the text a person would type, which {@code setValue} canonicalises again. */
    private static String raw(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value.toString();
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // Best effort: the failure itself is what the caller reports.
            }
        }
    }
}
