package nl.codewerk.refi;

import static nl.codewerk.refi.QdpxFiles.entries;
import static nl.codewerk.refi.QdpxFiles.project;
import static nl.codewerk.refi.QdpxFiles.utf8WithBom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodeRelation;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written exchange files, one or more quirks of real files each. */
class RefiImportTest {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final String U1 = "8ca3a2c1-8b7a-41c3-a9dd-a8fb46caa645";
    static final String U2 = "f93ad076-5ca1-4f46-abf4-b4b67130a6e2";
    static final String C1 = "3c51efbb-071f-43a7-9f32-228b89668e8d";
    static final String C2 = "8baf0c83-56c4-4dc8-9e5b-cf6d6073bdb5";
    static final String S1 = "56a79789-d535-4fb8-bedd-a915504c54ba";
    static final String S2 = "0a47de65-c207-4521-8a66-9a6d9ffa5f8d";

    @TempDir
    Path dir;

    private Project opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    RefiReport importFile(Map<String, byte[]> entries) {
        return importFile(entries, RefiImportOptions.DEFAULT);
    }

    RefiReport importFile(Map<String, byte[]> entries, RefiImportOptions options) {
        Path in = QdpxFiles.zip(dir.resolve("in-" + System.nanoTime() + ".qdpx"), entries);
        return importPath(in, options);
    }

    RefiReport importPath(Path in, RefiImportOptions options) {
        if (opened != null) {
            opened.close();
        }
        Path out = dir.resolve("out-" + System.nanoTime() + ".cwk");
        RefiReport report = new RefiImportService(options).importProject(in, out, Progress.NONE);
        opened = Project.openReadOnly(out);
        return report;
    }

    Transcript transcript(String name) {
        return opened.transcripts().find(name).orElseThrow();
    }

    /** The coded texts of a transcript, in order, as "code path: text". */
    List<String> coded(String transcriptName) {
        Transcript t = transcript(transcriptName);
        Codebook book = opened.codebook().codebook();
        return opened.codings().list(CodingFilter.transcript(t.id())).stream()
                .map(c -> String.join("/", book.path(c.codeId())) + ": " + t.text().substring(c.start(), c.end()))
                .toList();
    }

    private static String selection(String guid, int start, int end, String codeGuid, String user) {
        return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">"
                + "<Coding guid=\"" + java.util.UUID.randomUUID() + "\"" + (user == null ? "" : " creatingUser=\"" + user + "\"")
                + "><CodeRef targetGUID=\"" + codeGuid + "\"/></Coding></PlainTextSelection>";
    }

    private static String sel(int start, int end, String codeGuid, String user) {
        return selection(java.util.UUID.randomUUID().toString(), start, end, codeGuid, user);
    }

    private static final String CODES = "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Vertrouwen\" isCodable=\"true\" color=\"#FF0000\">"
            + "<Description>Over vertrouwen</Description>"
            + "<Code guid=\"" + C2 + "\" name=\"Wantrouwen\" isCodable=\"true\"/></Code></Codes></CodeBook>";

    @Test
    void nvivoForWindowsUtf16UnitsCrlfTwoBomNotCountedAndCapitalisedNames() {
        String text = "Ja \uD83E\uDD23\uD83E\uDD23 echt\r\nNee \uD83D\uDE00 nooit\r\nMisschien";
        // UTF-16 units over the file text without BOM, CR and LF counted separately.
        int echt = text.indexOf("echt");
        int nooit = text.indexOf("nooit");
        int misschien = text.indexOf("Misschien");
        String qde = project(NS, "origin=\"NVivo for Windows 12.6\"",
                "<Users><User guid=\"" + U1 + "\" name=\"Gergo\"/><User guid=\"" + U2 + "\" name=\"floriansipos\"/></Users>" + CODES
                        + "<Sources><TextSource guid=\"" + S1 + "\" name=\"videos\" richTextPath=\"internal://" + S1 + ".docx\""
                        + " plainTextPath=\"internal://" + S1 + ".txt\" creatingUser=\"" + U1 + "\"><Description/>"
                        + sel(0, echt + 4, C1, U2) + sel(nooit, nooit + 5, C2, U1) + sel(misschien, misschien + 9, C1, null)
                        + "</TextSource></Sources>");
        RefiReport report = importFile(entries("Project.qde", qde, "Sources/" + S1 + ".txt", utf8WithBom(text),
                "Sources/" + S1 + ".docx", new byte[] {1, 2, 3}));

        assertThat(report.positions()).isEqualTo("utf16");
        assertThat(report.notImported()).isEmpty();
        assertThat(report.users()).isEqualTo(2);
        assertThat(report.codings()).isEqualTo(3);
        assertThat(transcript("videos").text()).isEqualTo("Ja \uD83E\uDD23\uD83E\uDD23 echt\nNee \uD83D\uDE00 nooit\nMisschien");
        assertThat(coded("videos")).containsExactly("Vertrouwen: Ja \uD83E\uDD23\uD83E\uDD23 echt", "Vertrouwen/Wantrouwen: nooit",
                "Vertrouwen: Misschien");
        List<Coding> codings = opened.codings().list(CodingFilter.ALL);
        assertThat(codings).extracting(Coding::coder).containsExactly("floriansipos", "Gergo", "Gergo");
        assertThat(report.notes()).anyMatch(n -> n.contains("two positions"));
    }

    @Test
    void atlasTiUpperCaseAndBracedGuidsCrlfCountedOne() {
        String text = "Regel een\r\nRegel twee\r\nRegel drie";
        String stored = text.replace("\r\n", "\n");
        int twee = stored.indexOf("twee");
        int drie = stored.indexOf("drie");
        String qde = project(NS, "origin=\"ATLAS.ti 8.4.0 573\" creatingUserGUID=\"{" + U1.toUpperCase() + "}\"",
                "<Users><User guid=\"" + U1.toUpperCase() + "\" name=\"Sebastian\"/></Users>"
                        + "<CodeBook><Codes><Code guid=\"{" + C1.toUpperCase() + "}\" name=\"Coke::diet\" isCodable=\"1\" color=\"#F08\"/></Codes></CodeBook>"
                        + "<Sources><TextSource guid=\"" + S1.toUpperCase() + "\" name=\"Mabel.txt\" plainTextPath=\"internal://" + S1.toUpperCase()
                        + ".TXT\">" + sel(twee, twee + 4, C1.toUpperCase(), null) + sel(drie, drie + 4, "{" + C1 + "}", null)
                        + "</TextSource></Sources>");
        RefiReport report = importFile(entries("project.qde", qde, "sources/" + S1.toUpperCase() + ".TXT", text));

        assertThat(report.notImported()).isEmpty();
        assertThat(coded("Mabel.txt")).containsExactly("Coke::diet: twee", "Coke::diet: drie");
        Code code = opened.codebook().codebook().roots().getFirst();
        assertThat(code.guid()).isEqualTo(C1);
        assertThat(code.color()).isEqualTo("#FF0088");
        assertThat(transcript("Mabel.txt").guid()).isEqualTo(S1);
        // Codings name no user: the project's creating user coded them.
        assertThat(opened.codings().list(CodingFilter.ALL)).extracting(Coding::coder).containsOnly("Sebastian");
        assertThat(report.notes()).anyMatch(n -> n.contains("counted as one position"));
    }

    @Test
    void qcStyleBareFileNamesNoNamesNoDeclarationCodePoints() {
        String admin = "So \uD83D\uDE00 fast forward\nto [district]\n";
        int fast = admin.codePointCount(0, admin.indexOf("fast"));
        String qde = "<Project xmlns=\"" + NS + "\" origin=\"qc 1.2.0\" name=\"qc project\"><Users><User name=\"chris\" guid=\"" + U1 + "\"/></Users>"
                + CODES + "<Sources><TextSource plainTextPath=\"admin.txt\" guid=\"" + S1 + "\">"
                + sel(fast, fast + "fast forward\n".length(), C2, U1) + "</TextSource></Sources></Project>";
        RefiReport report = importFile(entries("project.qde", qde, "sources/admin.txt", admin));

        assertThat(report.positions()).isEqualTo("codepoint");
        assertThat(coded("admin")).containsExactly("Vertrouwen/Wantrouwen: fast forward\n");
        assertThat(transcript("admin").fileName()).isEqualTo("admin.txt");
    }

    @Test
    void namespaceVariantsAndNoNamespaceAreRead() {
        for (String ns : new String[] {"urn:QDA-XML:project:1:0", "urn:QDA-XML:project:0:10", null}) {
            RefiReport report = importFile(entries("project.qde", project(ns, "", CODES)));
            assertThat(report.codes()).as(String.valueOf(ns)).isEqualTo(2);
            assertThat(opened.codebook().codebook().resolve("Vertrouwen/Wantrouwen")).isPresent();
        }
    }

    @Test
    void emptyContainersMissingOptionalsAndEmptyTextsAreTolerated() {
        String qde = project(NS, "",
                "<Users><User guid=\"" + U1 + "\"/></Users>"
                        + "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Zonder kleur\"/></Codes></CodeBook>"
                        + "<Sources><TextSource guid=\"" + S1 + "\" name=\"leeg\" plainTextPath=\"internal://" + S1 + ".txt\"/>"
                        + "<TextSource guid=\"" + S2 + "\" name=\"inline\"><PlainTextContent>Korte tekst</PlainTextContent>"
                        + sel(0, 5, C1, U1) + "</TextSource></Sources><Sets/>");
        RefiReport report = importFile(entries("project.qde", qde, "sources/" + S1 + ".txt", ""));

        assertThat(report.notImported()).isEmpty();
        assertThat(report.sources()).isEqualTo(2);
        assertThat(transcript("leeg").text()).isEmpty();
        assertThat(transcript("leeg").turns()).isEmpty();
        assertThat(coded("inline")).containsExactly("Zonder kleur: Korte");
        assertThat(opened.codings().coders()).hasSize(1);
    }

    @Test
    void autoReadsUtf16WhenCodePointsWouldRunPastTheText() {
        String text = "\uD83D\uDE00\uD83D\uDE00 einde";
        String qde = project(NS, "origin=\"Onbekend programma\"", CODES
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"t\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + sel(5, 10, C1, null) + "</TextSource></Sources>");
        Map<String, byte[]> file = entries("project.qde", qde, "sources/" + S1 + ".txt", text);

        RefiReport auto = importFile(file);
        assertThat(auto.positions()).isEqualTo("utf16");
        assertThat(coded("t")).containsExactly("Vertrouwen: einde");
        assertThat(auto.notes().getFirst()).contains("run past the end");

        RefiReport forced = importFile(file, RefiImportOptions.DEFAULT.withPositions(PositionUnit.CODEPOINT));
        assertThat(forced.positions()).isEqualTo("codepoint");
        assertThat(forced.codings()).isZero();
        assertThat(forced.notImported("coding")).isEqualTo(1);
        assertThat(forced.notImported().getFirst().reason()).contains("past the end");
    }

    @Test
    void autoKeepsCodePointsWhenTheyFit() {
        String text = "\uD83D\uDE00 een twee";
        String qde = project(NS, "origin=\"QualCoder 3.5\"", CODES
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"t\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + sel(2, 5, C1, null) + "</TextSource></Sources>");
        RefiReport report = importFile(entries("project.qde", qde, "sources/" + S1 + ".txt", text));
        assertThat(report.positions()).isEqualTo("codepoint");
        assertThat(coded("t")).containsExactly("Vertrouwen: een");
    }

    @Test
    void unknownOriginWithCrlfIsDecidedByTheSelections() {
        String text = "Eerste zin hier.\r\nTweede zin daar.\r\nDerde zin ergens.";
        String stored = text.replace("\r\n", "\n");
        // Positions that count a line break as one: read as two, every cut would land inside a word.
        StringBuilder sels = new StringBuilder();
        for (String word : new String[] {"Tweede", "daar", "Derde", "ergens"}) {
            int at = stored.indexOf(word);
            sels.append(sel(at, at + word.length(), C1, null));
        }
        String qde = project(NS, "origin=\"Other 1.0\"", CODES + "<Sources><TextSource guid=\"" + S1 + "\" name=\"t\" plainTextPath=\"internal://"
                + S1 + ".txt\">" + sels + "</TextSource></Sources>");
        Map<String, byte[]> file = entries("project.qde", qde, "sources/" + S1 + ".txt", text);
        RefiReport report = importFile(file);
        assertThat(coded("t")).containsExactly("Vertrouwen: Tweede", "Vertrouwen: daar", "Vertrouwen: Derde", "Vertrouwen: ergens");
        assertThat(report.notes()).anyMatch(n -> n.contains("counted as one position"));

        importFile(file, RefiImportOptions.DEFAULT.withLineBreaks(LineBreaks.CRLF_TWO));
        assertThat(coded("t")).doesNotContain("Vertrouwen: Tweede");
    }

    @Test
    void aRichTextSourceIsReadFromItsPlainTextRenditionAndAPdfFromItsRepresentation() {
        String s3 = "142eb46d-612e-4593-a385-d0e5d04d1288";
        String qde = project(NS, "origin=\"ATLAS.ti 8.4.0\"", CODES + "<Sources>"
                + "<TextSource guid=\"" + S1 + "\" name=\"Simon.docx\" richTextPath=\"internal://aaaa.docx\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + sel(6, 11, C1, null) + "</TextSource>"
                + "<PDFSource guid=\"" + S2 + "\" name=\"Kellogg.pdf\" path=\"internal://" + S2 + ".pdf\">"
                + "<PDFSelection guid=\"" + s3 + "\" page=\"0\" firstX=\"1\" firstY=\"1\" secondX=\"9\" secondY=\"9\"><Coding guid=\""
                + java.util.UUID.randomUUID() + "\"><CodeRef targetGUID=\"" + C2 + "\"/></Coding></PDFSelection>"
                + "<Representation guid=\"" + java.util.UUID.randomUUID() + "\" plainTextPath=\"internal://rep.txt\">"
                + selection(s3, 0, 7, C2, null) + "</Representation></PDFSource></Sources>");
        RefiReport report = importFile(entries("project.qde", qde, "sources/" + S1 + ".txt", "Ik at toast.", "sources/rep.txt", "granola en meer",
                "sources/aaaa.docx", new byte[] {0}));
        assertThat(coded("Simon.docx")).containsExactly("Vertrouwen: toast");
        assertThat(coded("Kellogg.pdf")).containsExactly("Vertrouwen/Wantrouwen: granola");
        assertThat(report.sources()).isEqualTo(2);
        assertThat(report.notImported()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("coding");
            assertThat(n.reason()).contains("text representation");
        });
    }

    @Test
    void whatCannotBeRepresentedIsListedNotDropped() {
        String qde = project(NS, "", CODES + "<Sources>"
                + "<TextSource guid=\"" + S1 + "\" name=\"zonder tekst\" plainTextPath=\"internal://missing.txt\">" + sel(0, 4, C1, null) + "</TextSource>"
                + "<PictureSource guid=\"" + S2 + "\" name=\"foto.jpg\" path=\"internal://x.jpg\"><PictureSelection guid=\"" + java.util.UUID.randomUUID()
                + "\" firstX=\"1\" firstY=\"1\" secondX=\"2\" secondY=\"2\"><Coding guid=\"" + java.util.UUID.randomUUID() + "\"><CodeRef targetGUID=\""
                + C1 + "\"/></Coding></PictureSelection></PictureSource>"
                + "<AudioSource guid=\"" + java.util.UUID.randomUUID() + "\" name=\"interview.m4a\" path=\"relative:///x.m4a\"/>"
                + "</Sources><Links><Link guid=\"" + java.util.UUID.randomUUID() + "\" name=\"memo-quote\" originGUID=\"" + S1 + "\" targetGUID=\"" + S2 + "\"/></Links>"
                + "<Sets><Set guid=\"" + java.util.UUID.randomUUID() + "\" name=\"Vrouwen\"><MemberSource targetGUID=\"" + S1 + "\"/></Set></Sets>"
                + "<Graphs><Graph guid=\"" + java.util.UUID.randomUUID() + "\" name=\"Netwerk\"/></Graphs>");
        RefiReport report = importFile(entries("project.qde", qde));

        assertThat(report.sources()).isEqualTo(1);
        assertThat(transcript("zonder tekst").text()).isEmpty();
        assertThat(report.notImported()).extracting(NotImported::kind)
                .containsExactlyInAnyOrder("text", "coding", "source", "coding", "source", "link", "set", "graph");
        assertThat(report.notImported("coding")).isEqualTo(2);
        assertThat(report.notImported("source")).isEqualTo(2);
        assertThat(report.notImported()).allSatisfy(n -> assertThat(n.reason()).isNotBlank());
    }

    @Test
    void casesVariablesNotesAndCodeLinks() {
        String v1 = "11111111-0000-0000-0000-000000000001";
        String v2 = "11111111-0000-0000-0000-000000000002";
        String v3 = "11111111-0000-0000-0000-000000000003";
        String v4 = "11111111-0000-0000-0000-000000000004";
        String k1 = "22222222-0000-0000-0000-000000000001";
        String n1 = "33333333-0000-0000-0000-000000000001";
        String n2 = "33333333-0000-0000-0000-000000000002";
        String n3 = "33333333-0000-0000-0000-000000000003";
        String n4 = "33333333-0000-0000-0000-000000000004";
        String n5 = "33333333-0000-0000-0000-000000000005";
        String codingGuid = "44444444-0000-0000-0000-000000000001";
        String codes = "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Vertrouwen\" isCodable=\"false\"><NoteRef targetGUID=\"" + n2 + "\"/>"
                + "<Code guid=\"" + C2 + "\" name=\"Wantrouwen\" isCodable=\"true\"/></Code></Codes></CodeBook>";
        String qde = project(NS, "", "<Users><User guid=\"" + U1 + "\" name=\"Lotte\"/></Users>" + codes
                + "<Variables><Variable guid=\"" + v1 + "\" name=\"leeftijd\" typeOfVariable=\"Integer\"/>"
                + "<Variable guid=\"" + v2 + "\" name=\"contact\" typeOfVariable=\"Boolean\"/>"
                + "<Variable guid=\"" + v3 + "\" name=\"start\" typeOfVariable=\"Date\"/>"
                + "<Variable guid=\"" + v4 + "\" name=\"rol\" typeOfVariable=\"Text\"/></Variables>"
                + "<Cases><Case guid=\"" + k1 + "\" name=\"Marloes\">"
                + "<VariableValue><VariableRef targetGUID=\"" + v1 + "\"/><IntegerValue>47</IntegerValue></VariableValue>"
                + "<VariableValue><VariableRef targetGUID=\"" + v2 + "\"/><BooleanValue>1</BooleanValue></VariableValue>"
                + "<VariableValue><VariableRef targetGUID=\"" + v3 + "\"/><DateValue>2021-03-01</DateValue></VariableValue>"
                + "<VariableValue><VariableRef targetGUID=\"" + v4 + "\"/><TextValue>tante</TextValue></VariableValue>"
                + "<SourceRef targetGUID=\"" + S1 + "\"/></Case></Cases>"
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"01\" plainTextPath=\"internal://" + S1 + ".txt\">"
                + "<PlainTextSelection guid=\"" + java.util.UUID.randomUUID() + "\" startPosition=\"3\" endPosition=\"8\"><Description>mooi citaat</Description>"
                + "<Coding guid=\"" + codingGuid + "\" creatingUser=\"" + U1 + "\"><CodeRef targetGUID=\"" + C2 + "\"/><NoteRef targetGUID=\"" + n3 + "\"/></Coding>"
                + "</PlainTextSelection><NoteRef targetGUID=\"" + n4 + "\"/></TextSource></Sources>"
                + "<Notes><Note guid=\"" + n1 + "\" name=\"Plan\" creatingUser=\"" + U1 + "\" creationDateTime=\"2018-03-27T19:38:46Z\">"
                + "<PlainTextContent>Het onderzoeksplan.</PlainTextContent></Note>"
                + "<Note guid=\"" + n2 + "\" name=\"Over de code\"><PlainTextContent>Codememo</PlainTextContent></Note>"
                + "<Note guid=\"" + n3 + "\"><PlainTextContent>Bij deze codering</PlainTextContent></Note>"
                + "<Note guid=\"" + n4 + "\" plainTextPath=\"internal://" + n4 + ".txt\"/>"
                + "<Note guid=\"" + n5 + "\"><PlainTextContent>Waarom</PlainTextContent></Note></Notes>"
                + "<Links><Link guid=\"" + java.util.UUID.randomUUID() + "\" name=\"cause\" direction=\"OneWay\" originGUID=\"" + C2 + "\" targetGUID=\""
                + C1 + "\"><NoteRef targetGUID=\"" + n5 + "\"/></Link></Links>"
                + "<NoteRef targetGUID=\"" + n1 + "\"/>");
        RefiReport report = importFile(entries("project.qde", qde, "sources/" + S1 + ".txt", "Ja, zeker wel.", "sources/" + n4 + ".txt",
                utf8WithBom("Transcriptmemo\r\ntweede regel")));

        assertThat(report.notImported()).isEmpty();
        assertThat(report.cases()).isEqualTo(1);
        Case marloes = opened.cases().findByName("Marloes").orElseThrow();
        assertThat(marloes.attributes()).containsExactly(Map.entry("leeftijd", 47L), Map.entry("contact", true),
                Map.entry("start", java.time.LocalDate.of(2021, 3, 1)), Map.entry("rol", "tante"));
        Transcript t = transcript("01");
        assertThat(t.caseId()).isEqualTo(marloes.id());

        Code vertrouwen = opened.codebook().codebook().resolve("Vertrouwen").orElseThrow();
        assertThat(vertrouwen.active()).isFalse();
        Coding coding = opened.codings().list(CodingFilter.ALL).getFirst();
        assertThat(coding.comment()).isEqualTo("mooi citaat");
        assertThat(coding.guid()).isEqualTo(codingGuid);

        assertThat(report.memos()).isEqualTo(4);
        List<Memo> memos = opened.memos().list();
        assertThat(opened.memos().on(MemoTarget.PROJECT)).extracting(Memo::text).containsExactly("Het onderzoeksplan.");
        assertThat(opened.memos().on(MemoTarget.PROJECT).getFirst().author()).isEqualTo("Lotte");
        assertThat(opened.memos().on(MemoTarget.code(vertrouwen.id()))).extracting(Memo::title).containsExactly("Over de code");
        assertThat(opened.memos().on(MemoTarget.coding(coding.id()))).extracting(Memo::text).containsExactly("Bij deze codering");
        assertThat(opened.memos().on(MemoTarget.transcript(t.id()))).extracting(Memo::text).containsExactly("Transcriptmemo\ntweede regel");
        assertThat(memos).hasSize(4);

        List<CodeRelation> relations = opened.codebook().relations();
        assertThat(relations).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(nl.codewerk.codebook.RelationType.CAUSE);
            assertThat(r.memo()).isEqualTo("Waarom");
        });
    }

    @Test
    void namesThatClashAreMadeUniqueAndSaid() {
        String qde = project(NS, "", "<Users><User guid=\"" + U1 + "\" name=\"Anna\"/><User guid=\"" + U2 + "\" name=\"Anna\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Thema\" isCodable=\"true\"/><Code guid=\"" + C2
                + "\" name=\"Thema\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"Doc\"><PlainTextContent>a</PlainTextContent></TextSource>"
                + "<TextSource guid=\"" + S2 + "\" name=\"Doc\"><PlainTextContent>b</PlainTextContent></TextSource></Sources>");
        RefiReport report = importFile(entries("project.qde", qde));
        assertThat(opened.codings().coders()).containsExactly("Anna", "Anna (2)");
        assertThat(opened.codebook().codebook().roots()).extracting(Code::name).containsExactly("Thema", "Thema (2)");
        assertThat(opened.transcripts().list()).extracting(s -> s.name()).containsExactly("Doc", "Doc (2)");
        assertThat(report.notes()).anyMatch(n -> n.contains("Anna (2)")).anyMatch(n -> n.contains("Thema (2)"));
    }

    @Test
    void aBareQdeWithoutTheZipIsImported() throws Exception {
        Path qde = dir.resolve("project.qde");
        Files.writeString(qde, project(NS, "", CODES + "<Sources><TextSource guid=\"" + S1 + "\" name=\"x\"><PlainTextContent>Hoi daar"
                + "</PlainTextContent>" + sel(4, 8, C1, null) + "</TextSource></Sources>"));
        importPath(qde, RefiImportOptions.DEFAULT);
        assertThat(coded("x")).containsExactly("Vertrouwen: daar");
    }

    @Test
    void theQdeMayLieInOneFolderAndUseABom() {
        String qde = "\uFEFF" + project(NS, "", CODES + "<Sources><TextSource guid=\"" + S1 + "\" name=\"x\" plainTextPath=\"internal://" + S1
                + ".txt\">" + sel(0, 3, C1, null) + "</TextSource></Sources>");
        importFile(entries("Export/Project.QDE", qde, "Export/Sources/" + S1 + ".txt", "Hoi daar"));
        assertThat(coded("x")).containsExactly("Vertrouwen: Hoi");
    }

    @Test
    void textThatIsNotUtf8IsReadAndSaid() {
        String qde = project(NS, "", CODES + "<Sources><TextSource guid=\"" + S1 + "\" name=\"cp\" plainTextPath=\"internal://a.txt\">"
                + sel(0, 4, C1, null) + "</TextSource><TextSource guid=\"" + S2 + "\" name=\"u16\" plainTextPath=\"internal://b.txt\">"
                + sel(0, 4, C1, null) + "</TextSource></Sources>");
        byte[] utf16 = "\uFEFFCaf\u00E9 \uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        RefiReport report = importFile(entries("project.qde", qde, "sources/a.txt", "Caf\u00E9 au lait".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "sources/b.txt", utf16));
        assertThat(coded("cp")).containsExactly("Vertrouwen: Caf\u00E9");
        assertThat(coded("u16")).containsExactly("Vertrouwen: Caf\u00E9");
        assertThat(report.notes()).anyMatch(n -> n.contains("windows-1252")).anyMatch(n -> n.contains("UTF-16LE"));
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        String qde = project(NS, "", CODES + "<Sources><TextSource guid=\"" + S1 + "\" name=\"a\"><PlainTextContent>x</PlainTextContent></TextSource>"
                + "<TextSource guid=\"" + S2 + "\" name=\"b\"><PlainTextContent>y</PlainTextContent></TextSource></Sources>");
        Path in = QdpxFiles.zip(dir.resolve("cancel.qdpx"), entries("project.qde", qde));
        Path out = dir.resolve("cancel.cwk");
        int[] calls = {0};
        Progress cancelWhileWriting = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return calls[0] >= 3;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RefiImportService(RefiImportOptions.DEFAULT).importProject(in, out, cancelWhileWriting))
                .isInstanceOf(nl.codewerk.util.CancelledException.class);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("cancel.qdpx");
        }
    }
}
