package nl.codewerk.refi;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.codebook.RelationType;
import nl.codewerk.coding.Coding;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/** A small project that uses everything the exchange carries: emoji, a paired interview, every attribute type, every memo target. */
final class Fixtures {

    static final String EMOJI_TEXT = "I: Hoe was het? \uD83D\uDE00\r\nR: Goed \uD83E\uDD23, echt goed.\r\nI: En nu?\r\nR: Nog steeds contact.";
    static final String PAIRED_TEXT = "I: Wie begint?\nKarin: Ik begin wel.\nMoeder: Dan ik daarna.\nKarin: Prima.";

    private Fixtures() {
    }

    static Project rich(Path dir) {
        Project project = TempProjects.withSmallCodebook(dir);
        CodebookService codebook = project.codebook();
        Code ervaring = codebook.codebook().resolve("Ervaring").orElseThrow();
        Code positief = codebook.codebook().resolve("Ervaring/Positief").orElseThrow();
        Code contact = codebook.codebook().resolve("Contact").orElseThrow();
        codebook.describe(positief.id(), "Iets goeds", "Als het goed ging", "Niet bij twijfel", "Het was fijn", "Positive", "test");
        codebook.recolor(contact.id(), "#12AB34", "test");
        codebook.setActive(ervaring.id(), false, "test");
        codebook.relate(positief.id(), contact.id(), RelationType.CONDITION, "Goed contact eerst", "test");

        long emoji = insert(project, "01 emoji", EMOJI_TEXT);
        long paired = insert(project, "04 duo", PAIRED_TEXT);
        String stored = project.transcripts().get(emoji).orElseThrow().text();
        int goed = stored.indexOf("Goed");
        Coding c1 = project.codings().apply(emoji, goed, stored.indexOf(", echt"), positief.id(), "Lotte");
        project.codings().apply(emoji, stored.indexOf("Nog"), stored.length(), contact.id(), "Daan");
        project.codings().apply(emoji, stored.indexOf("\uD83D"), stored.indexOf("\uD83D") + 2, positief.id(), "Daan");
        project.codings().comment(c1.id(), "lach", "Lotte");
        project.codings().apply(paired, PAIRED_TEXT.indexOf("Ik begin"), PAIRED_TEXT.indexOf("Ik begin") + 8, contact.id(), "Lotte");

        project.database().unrecorded("cases", tx -> {
            long marloes = project.cases().ensureCase(tx, "Marloes");
            long karin = project.cases().ensureCase(tx, "Karin");
            long moeder = project.cases().ensureCase(tx, "Moeder");
            Attribute age = project.cases().ensureAttribute(tx, "leeftijd", AttributeType.NUMBER);
            Attribute grade = project.cases().ensureAttribute(tx, "cijfer", AttributeType.NUMBER);
            Attribute still = project.cases().ensureAttribute(tx, "nog contact", AttributeType.BOOLEAN);
            Attribute since = project.cases().ensureAttribute(tx, "sinds", AttributeType.DATE);
            Attribute role = project.cases().ensureAttribute(tx, "rol", AttributeType.TEXT);
            project.cases().setValue(tx, marloes, age, "47");
            project.cases().setValue(tx, marloes, grade, "8,5");
            project.cases().setValue(tx, marloes, still, "ja");
            project.cases().setValue(tx, marloes, since, "2021-03-01");
            project.cases().setValue(tx, marloes, role, "tante");
            project.cases().setValue(tx, karin, age, "51");
            project.cases().setValue(tx, karin, grade, "9");
            project.transcripts().setCase(tx, emoji, marloes);
            project.cases().linkSpeaker(tx, paired, "Karin", karin);
            project.cases().linkSpeaker(tx, paired, "Moeder", moeder);
            return null;
        });

        project.memos().add(MemoTarget.PROJECT, "Plan", "Het onderzoeksplan", "Lotte");
        project.memos().add(MemoTarget.transcript(emoji), null, "Let op de emoji \uD83D\uDE00", "Daan");
        project.memos().add(MemoTarget.code(positief.id()), "Over positief", "Codememo", "Supervisor");
        project.memos().add(MemoTarget.coding(c1.id()), null, "Waarom lacht ze?", "Lotte");
        return project;
    }

    /** Stores a transcript as the importers would: LF line ends, detected turns. */
    static long insert(Project project, String name, String text) {
        ImportedText imported = ImportedText.fromPlainText(text, "txt", "UTF-8");
        return project.database().unrecorded("import", tx -> {
            long id = project.transcripts().insert(tx, name, name + ".txt", imported, Ids.sha256(name + text), null);
            return id;
        });
    }

    static List<String> codedTexts(Project project) {
        return Snapshot.of(project).codings();
    }
}
