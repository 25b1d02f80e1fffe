package nl.codewerk.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.codebook.RelationType;
import nl.codewerk.coding.Coding;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.workspace.Project;

/** Builds a random project from texts and a seed: code tree, codings, cases with values, speakers, memos, relations. */
final class GeneratedProject {

    private static final String[] NAMES = {"Thema", "Émotie", "Code/met slash", "\uD83D\uDE00 blij", "Relatie", "a", "Z"};
    private static final String[] CODERS = {"Lotte", "Daan", "Ümit"};

    private GeneratedProject() {
    }

    static Project build(Path file, List<String> texts, long seed) {
        Random random = new Random(seed);
        Project project = Project.create(file, null);
        List<String> codes = new ArrayList<>();
        int codeCount = 1 + random.nextInt(6);
        for (int i = 0; i < codeCount; i++) {
            String parent = codes.isEmpty() || random.nextBoolean() ? null : codes.get(random.nextInt(codes.size()));
            String name = NAMES[random.nextInt(NAMES.length)] + " " + i;
            CodebookService.NewCode code = CodebookService.NewCode.named(name, parent)
                    .withColor(String.format("#%06X", random.nextInt(0x1000000)));
            Code added = project.codebook().add(code, "gen");
            if (random.nextInt(4) == 0) {
                project.codebook().describe(added.id(), "Definitie " + i, random.nextBoolean() ? "Gebruik als \uD83E\uDD23" : null, null,
                        random.nextBoolean() ? "Voorbeeld\nmet regel" : null, null, "gen");
            }
            if (random.nextInt(5) == 0) {
                project.codebook().setActive(added.id(), false, "gen");
            }
            codes.add(added.id());
        }
        if (codes.size() > 1 && random.nextBoolean()) {
            project.codebook().relate(codes.get(0), codes.get(1), RelationType.values()[random.nextInt(RelationType.values().length)],
                    random.nextBoolean() ? "waarom" : null, "gen");
        }
        List<Long> transcripts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            transcripts.add(Fixtures.insert(project, "T" + i + (random.nextBoolean() ? " \u00E9\u00E9n" : ""), texts.get(i)));
        }
        List<Long> codings = new ArrayList<>();
        for (long id : transcripts) {
            String text = project.transcripts().get(id).orElseThrow().text();
            int points = text.codePointCount(0, text.length());
            int n = points == 0 ? 0 : random.nextInt(6);
            for (int k = 0; k < n; k++) {
                int a = random.nextInt(points);
                int b = a + 1 + random.nextInt(points - a);
                Coding c = project.codings().apply(id, text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b),
                        codes.get(random.nextInt(codes.size())), CODERS[random.nextInt(CODERS.length)]);
                codings.add(c.id());
                if (random.nextInt(3) == 0) {
                    project.codings().comment(c.id(), "opmerking " + k, "gen");
                }
            }
        }
        project.database().unrecorded("cases", tx -> {
            Attribute number = project.cases().ensureAttribute(tx, "getal", AttributeType.NUMBER);
            Attribute flag = project.cases().ensureAttribute(tx, "vlag", AttributeType.BOOLEAN);
            Attribute date = project.cases().ensureAttribute(tx, "datum", AttributeType.DATE);
            Attribute text = project.cases().ensureAttribute(tx, "tekst", AttributeType.TEXT);
            for (int i = 0; i < transcripts.size(); i++) {
                if (random.nextBoolean()) {
                    long c = project.cases().ensureCase(tx, "Casus " + i);
                    project.transcripts().setCase(tx, transcripts.get(i), c);
                    project.cases().setValue(tx, c, number, random.nextBoolean() ? String.valueOf(random.nextInt(100)) : "3,25");
                    project.cases().setValue(tx, c, flag, random.nextBoolean() ? "ja" : "nee");
                    project.cases().setValue(tx, c, date, "2020-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                    if (random.nextBoolean()) {
                        project.cases().setValue(tx, c, text, "waarde \uD83D\uDE00 " + i);
                    }
                }
            }
            return null;
        });
        for (long id : transcripts) {
            Transcript t = project.transcripts().get(id).orElseThrow();
            List<String> speakers = t.turns().stream().map(Turn::speaker).filter(s -> s != null).distinct().toList();
            if (!speakers.isEmpty() && random.nextBoolean()) {
                String speaker = speakers.get(random.nextInt(speakers.size()));
                project.database().unrecorded("speaker", tx -> {
                    long c = project.cases().ensureCase(tx, "Spreker " + speaker + " " + id);
                    project.cases().linkSpeaker(tx, id, speaker, c);
                    return null;
                });
            }
        }
        if (random.nextBoolean()) {
            project.memos().add(MemoTarget.PROJECT, "Plan", "Projectmemo\nregel twee", CODERS[random.nextInt(CODERS.length)]);
        }
        if (!transcripts.isEmpty() && random.nextBoolean()) {
            project.memos().add(MemoTarget.transcript(transcripts.getFirst()), null, "Over dit gesprek \uD83E\uDD23", "Lotte");
        }
        if (random.nextBoolean()) {
            project.memos().add(MemoTarget.code(codes.getFirst()), "Code", "Over de code", null);
        }
        if (!codings.isEmpty() && random.nextBoolean()) {
            project.memos().add(MemoTarget.coding(codings.getFirst()), null, "Over de codering", "Supervisor");
        }
        return project;
    }
}
