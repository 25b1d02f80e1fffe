package nl.codewerk.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.coding.CodingService;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * The bundled sample interviews as the demo has them, for the formats core reads on its own
 * (the plain-text ones): imported with the participants sheet, coded by Lotte and Daan as
 * {@code demo-coding.json} says, with its memos.
 */
final class SampleProject {

    private static final String ROOT = "/codewerk/sample-transcripts/";

    private SampleProject() {
    }

    static Project build(Path dir) {
        try {
            Path files = Files.createDirectories(dir.resolve("files"));
            List<Path> transcripts = new ArrayList<>();
            for (String name : resource("index.txt").lines().map(String::strip).filter(l -> l.endsWith(".txt")).toList()) {
                transcripts.add(Files.writeString(files.resolve(name), resource(name)));
            }
            Path participants = Files.writeString(files.resolve("participants.csv"), resource("participants.csv"));
            Project project = Project.create(dir.resolve("demo.cwk"), TempProjects.jimCodebook());
            ImportReport report = project.importer().importFiles(transcripts, new ImportOptions(null, participants), Progress.NONE);
            if (report.anyRefused() || report.imported().size() != transcripts.size()) {
                throw new IllegalStateException("Sample import failed: " + report);
            }
            JsonNode script = new ObjectMapper().readTree(resource("demo-coding.json"));
            Map<String, Transcript> byName = new LinkedHashMap<>();
            project.transcripts().list().forEach(t -> byName.put(t.name(), project.transcripts().get(t.id()).orElseThrow()));
            Map<String, List<CodingService.Span>> spans = new LinkedHashMap<>();
            for (JsonNode coding : script.get("codings")) {
                Transcript t = byName.get(coding.get("transcript").asText());
                if (t == null) {
                    continue;
                }
                int at = t.text().indexOf(coding.get("quote").asText());
                if (at >= 0) {
                    spans.computeIfAbsent(coding.get("code").asText() + "\t" + coding.get("coder").asText(), k -> new ArrayList<>())
                            .add(new CodingService.Span(t.id(), at, at + coding.get("quote").asText().length()));
                }
            }
            spans.forEach((key, list) -> {
                String[] parts = key.split("\t");
                project.codings().applyAll(list, parts[0], parts[1], "demo");
            });
            for (JsonNode memo : script.get("memos")) {
                String on = memo.get("on").asText();
                String target = on.substring(on.indexOf(':') + 1);
                if (on.startsWith("transcript:") && byName.containsKey(target)) {
                    project.memos().add(MemoTarget.transcript(byName.get(target).id()), null, memo.get("text").asText(), "Lotte");
                } else if (on.startsWith("code:") && project.codebook().codebook().resolve(target).isPresent()) {
                    project.memos().add(MemoTarget.code(target), null, memo.get("text").asText(), "Lotte");
                }
            }
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SampleProject.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("Missing sample resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
