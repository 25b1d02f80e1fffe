package nl.codewerk.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.coding.Coding;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/**
 * A small coded study for tests of reports: the JIM codebook, five short fictional interviews
 * (one a paired interview whose two speakers count for cases of their own, one without a
 * case), the attributes geslacht, leeftijd and nog contact, and codings by two coders, Lotte
 * and Daan, some on the same passage, some overlapping, one across two turns.
 */
public final class CodedStudy implements AutoCloseable {

    public static final String WEL_CONTACT = "jim.duurzaamheid.wel-contact";
    public static final String GEEN_CONTACT = "jim.duurzaamheid.geen-contact";
    public static final String TAKEN = "jim.kwaliteit.taken";
    public static final String POSITIEF = "jim.betekenisgeving.jim.ervaring.positief";
    public static final String NEGATIEF = "jim.betekenisgeving.jim.ervaring.negatief";
    public static final String ONTWIKKELING = "jim.betekenisgeving.jim.ontwikkeling";
    public static final String JONGERE = "jim.betekenisgeving.jongere";
    public static final String NA_AFLOOP = "jim.hulpverlening.voor-jim.na-afloop";
    public static final String CIJFER = "jim.overig.cijfer";

    public final Project project;
    public final long anja;
    public final long kees;
    public final long duo;
    public final long jan;
    public final long notitie;

    private CodedStudy(Project project) {
        this.project = project;
        anja = transcript("01-tante-anja", "Interview met tante Anja, maart",
                "I", "Hoe ben je JIM geworden voor Noor?",
                "R", "Noor koos mij zelf. Ik ben haar tante en ze kwam altijd al bij ons eten op woensdag. Toen de hulpverlener vroeg wie ze vertrouwde, noemde ze meteen mijn naam.",
                "I", "Wat deed je als JIM?",
                "R", "Vooral luisteren en meegaan naar gesprekken op school. Soms belde ik de mentor als het weer misging met haar rooster.",
                "I", "Hebben jullie nu nog contact?",
                "R", "Ja, elke week wel. Ze appt me als ze ergens mee zit en vorige maand hebben we samen haar verjaardag gevierd.",
                "I", "Hoe kijk je terug op het traject?",
                "R", "Het was zwaar maar ik ben er trots op. Ik heb geleerd om niet meteen voor haar te beslissen. Wel jammer dat er na afloop niemand meer van de instelling belde.",
                "I", "Welk cijfer zou je het traject geven?",
                "R", "Een acht, denk ik.");
        kees = transcript("02-buurman-kees", null,
                "I", "Hoe kwam je in beeld als JIM?",
                "R", "Ik woon naast het gezin. De jongen, Milan, kwam vaak bij mij in de schuur sleutelen aan zijn brommer.",
                "I", "Wat waren je taken?",
                "R", "Ik hielp hem met zijn brommer en ik ging een paar keer mee naar het wijkteam. Meer was het eigenlijk niet.",
                "I", "Hoe is het contact nu?",
                "R", "Er is geen contact meer. Hij is verhuisd naar een groep en daarna hoorde ik niks meer van hem.",
                "I", "Hoe kijk je erop terug?",
                "R", "Eerlijk gezegd met een slecht gevoel. Ik had het idee dat niemand mij serieus nam. Na afloop is er ook nooit meer iemand langs geweest.",
                "I", "En een cijfer?",
                "R", "Een vijf.");
        duo = transcript("03-duo-ria-en-vader", null,
                "I", "Ria, hoe ben jij JIM geworden?",
                "Ria", "Ik ben de buurvrouw en de peettante van Sara. Ze stond op een avond huilend bij mij voor de deur.",
                "Vader", "Dat klopt. Wij wisten toen echt niet meer wat we moesten doen.",
                "I", "Wat deed Ria in die tijd?",
                "Ria", "Ik haalde Sara twee keer per week op van school en we gingen dan wandelen met de hond.",
                "Vader", "Voor ons was het een enorme opluchting dat er iemand was die ze vertrouwde.",
                "I", "Is er nog contact?",
                "Ria", "Ja hoor, ze komt nog steeds langs.",
                "Vader", "Sara noemt haar nog altijd haar tweede moeder.",
                "I", "Hoe kijken jullie terug?",
                "Vader", "Heel positief. Alleen had ik graag gewild dat de hulpverlening na afloop nog eens had gebeld.");
        jan = transcript("04-oom-jan", null,
                "I", "Hoe was het om JIM te zijn?",
                "R", "Leuk en soms lastig. Mijn neef Bram vertrouwde mij meer dan zijn ouders.",
                "I", "Is het contact gebleven?",
                "R", "Ja, we gaan nog samen vissen.");
        notitie = transcript("05-losse-notitie", null,
                "I", "Nog iets toe te voegen?",
                "R", "Ik zou het zo weer doen.");
        cases();
        codings();
    }

    /** Creates the study in the folder (project file test.cwk). */
    public static CodedStudy create(Path dir) {
        return new CodedStudy(Project.create(dir.resolve("test.cwk"), TempProjects.jimCodebook()));
    }

    private void cases() {
        project.database().unrecorded("cases", tx -> {
            var store = project.cases();
            Attribute geslacht = store.ensureAttribute(tx, "geslacht", AttributeType.TEXT);
            Attribute leeftijd = store.ensureAttribute(tx, "leeftijd", AttributeType.NUMBER);
            Attribute contact = store.ensureAttribute(tx, "nog contact", AttributeType.BOOLEAN);
            long anjaCase = store.ensureCase(tx, "01-tante-anja");
            set(tx, anjaCase, geslacht, "vrouw", leeftijd, "52", contact, "ja");
            project.transcripts().setCase(tx, anja, anjaCase);
            long keesCase = store.ensureCase(tx, "02-buurman-kees");
            set(tx, keesCase, geslacht, "man", leeftijd, "67", contact, "nee");
            project.transcripts().setCase(tx, kees, keesCase);
            long ria = store.ensureCase(tx, "03-ria");
            set(tx, ria, geslacht, "vrouw", leeftijd, "44", contact, "ja");
            long vader = store.ensureCase(tx, "03-vader");
            set(tx, vader, geslacht, "man", leeftijd, "49", contact, "ja");
            store.linkSpeaker(tx, duo, "Ria", ria);
            store.linkSpeaker(tx, duo, "Vader", vader);
            project.transcripts().setCase(tx, duo, ria);
            long janCase = store.ensureCase(tx, "04-oom-jan");
            set(tx, janCase, geslacht, "man", leeftijd, null, contact, "ja");
            project.transcripts().setCase(tx, jan, janCase);
            return null;
        });
    }

    private void set(nl.codewerk.project.Tx tx, long caseId, Object... pairs) throws java.sql.SQLException {
        for (int i = 0; i < pairs.length; i += 2) {
            project.cases().setValue(tx, caseId, (Attribute) pairs[i], (String) pairs[i + 1]);
        }
    }

    private void codings() {
        code(anja, "Vooral luisteren en meegaan naar gesprekken op school.", TAKEN, "Lotte", "Daan");
        code(anja, "Soms belde ik de mentor als het weer misging met haar rooster.", TAKEN, "Lotte");
        code(anja, "Ja, elke week wel. Ze appt me als ze ergens mee zit", WEL_CONTACT, "Lotte");
        code(anja, "Hebben jullie nu nog contact?\n\nR: Ja, elke week wel.", WEL_CONTACT, "Daan");
        code(anja, "Het was zwaar maar ik ben er trots op.", POSITIEF, "Lotte");
        code(anja, "Ik heb geleerd om niet meteen voor haar te beslissen.", ONTWIKKELING, "Lotte");
        code(anja, "Wel jammer dat er na afloop niemand meer van de instelling belde.", NA_AFLOOP, "Lotte", "Daan");
        code(anja, "Een acht, denk ik.", CIJFER, "Lotte");
        code(kees, "Ik hielp hem met zijn brommer en ik ging een paar keer mee naar het wijkteam.", TAKEN, "Lotte");
        Coding geen = code(kees, "Er is geen contact meer.", GEEN_CONTACT, "Lotte", "Daan").getFirst();
        code(kees, "Ik had het idee dat niemand mij serieus nam.", NEGATIEF, "Lotte");
        code(kees, "Na afloop is er ook nooit meer iemand langs geweest.", NA_AFLOOP, "Daan");
        code(kees, "Een vijf.", CIJFER, "Lotte");
        code(duo, "Ik haalde Sara twee keer per week op van school en we gingen dan wandelen met de hond.", TAKEN, "Lotte");
        code(duo, "Voor ons was het een enorme opluchting dat er iemand was die ze vertrouwde.", JONGERE, "Lotte");
        code(duo, "Ja hoor, ze komt nog steeds langs.", WEL_CONTACT, "Lotte");
        code(duo, "Sara noemt haar nog altijd haar tweede moeder.", WEL_CONTACT, "Daan");
        code(duo, "Alleen had ik graag gewild dat de hulpverlening na afloop nog eens had gebeld.", NA_AFLOOP, "Lotte");
        code(jan, "Leuk en soms lastig.", POSITIEF, "Daan");
        code(jan, "Leuk en soms lastig.", NEGATIEF, "Daan");
        code(jan, "Ja, we gaan nog samen vissen.", WEL_CONTACT, "Lotte");
        code(notitie, "Ik zou het zo weer doen.", POSITIEF, "Lotte");
        project.memos().add(MemoTarget.coding(geen.id()), null, "Het contact verwaterde na de verhuizing naar de groep.", "Lotte");
        project.memos().add(MemoTarget.code(WEL_CONTACT), "Let op", "Ook contact via de telefoon telt mee.", "Daan");
        project.codings().comment(geen.id(), "Duidelijk voorbeeld.", "Lotte");
    }

    @Override
    public void close() {
        project.close();
    }

    /** Codes the (unique) quote in a transcript, once per coder. */
    public List<Coding> code(long transcriptId, String quote, String codeId, String... coders) {
        String text = project.transcripts().get(transcriptId).orElseThrow().text();
        int start = text.indexOf(quote);
        if (start < 0 || text.indexOf(quote, start + 1) >= 0) {
            throw new IllegalArgumentException("quote not found once: " + quote);
        }
        List<Coding> made = new ArrayList<>();
        for (String coder : coders) {
            made.add(project.codings().apply(transcriptId, start, start + quote.length(), codeId, coder));
        }
        return made;
    }

    /** Stores a transcript of "speaker, words" pairs after an optional header line. */
    public long transcript(String name, String header, String... speakerAndWords) {
        StringBuilder text = new StringBuilder();
        if (header != null) {
            text.append(header).append("\n\n");
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < speakerAndWords.length; i += 2) {
            if (i > 0) {
                text.append("\n\n");
            }
            int labelStart = text.length();
            text.append(speakerAndWords[i]).append(": ");
            int start = text.length();
            text.append(speakerAndWords[i + 1]);
            turns.add(new Turn(i / 2, labelStart, start, text.length(), speakerAndWords[i], null));
        }
        ImportedText imported = new ImportedText(text.toString(), turns, "txt", "UTF-8", "LF");
        return project.database().unrecorded("import", tx ->
                project.transcripts().insert(tx, name, name + ".txt", imported, Ids.sha256(name + text), null));
    }
}
