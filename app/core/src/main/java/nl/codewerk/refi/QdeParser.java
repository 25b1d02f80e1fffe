package nl.codewerk.refi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.codewerk.i18n.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a {@code project.qde} document into a {@link RefiProject}. Lenient where real files
 * differ (namespace versions, missing optional elements and attributes, GUID spellings, empty
 * containers) and exact about what it cannot represent: every picture, audio or video source,
 * area selection, set, graph or coded note it passes over is listed with the reason.
 */
final class QdeParser {

    private final List<NotImported> skipped = new ArrayList<>();
    private final Set<String> textSelectionGuids = new HashSet<>();

    private QdeParser() {
    }

    static RefiProject parse(Document document, String what) {
        Element root = document.getDocumentElement();
        if (!Xml.ours(root) || !Xml.name(root).equals("Project")) {
            throw new RefiException("refi.notAProject", what, Xml.name(root));
        }
        return new QdeParser().project(root);
    }

    private RefiProject project(Element root) {
        List<RefiProject.User> users = new ArrayList<>();
        for (Element u : Xml.within(root, "Users", "User")) {
            users.add(new RefiProject.User(guid(u), Xml.attr(u, "name"), Xml.attr(u, "id")));
        }
        List<RefiProject.Code> codes = new ArrayList<>();
        for (Element book : Xml.children(root, "CodeBook")) {
            codes.addAll(codes(book));
        }
        List<RefiProject.Variable> variables = new ArrayList<>();
        for (Element v : Xml.within(root, "Variables", "Variable")) {
            variables.add(new RefiProject.Variable(guid(v), Xml.attr(v, "name"), Xml.attr(v, "typeOfVariable"),
                    Xml.childText(v, "Description")));
        }
        List<RefiProject.Case> cases = new ArrayList<>();
        for (Element c : Xml.within(root, "Cases", "Case")) {
            cases.add(new RefiProject.Case(guid(c), Xml.attr(c, "name"), Xml.childText(c, "Description"),
                    Xml.refs(c, "CodeRef", "targetGUID"), values(c), Xml.refs(c, "SourceRef", "targetGUID"),
                    Xml.refs(c, "SelectionRef", "targetGUID")));
        }
        List<RefiProject.Source> sources = new ArrayList<>();
        for (Element container : Xml.children(root, "Sources")) {
            for (Element s : Xml.children(container)) {
                switch (Xml.name(s)) {
                    case "TextSource" -> sources.add(textSource(s, s, "TextSource"));
                    case "PDFSource" -> pdfSource(s, sources);
                    case "PictureSource" -> media(s, "refi.skip.picture", "PictureSelection");
                    case "AudioSource" -> media(s, "refi.skip.audio", "AudioSelection");
                    case "VideoSource" -> media(s, "refi.skip.video", "VideoSelection");
                    default -> skip("source", name(s), "refi.skip.unknownSource", Xml.name(s));
                }
            }
        }
        List<RefiProject.Note> notes = new ArrayList<>();
        for (Element n : Xml.within(root, "Notes", "Note")) {
            notes.add(note(n));
        }
        List<RefiProject.Link> links = new ArrayList<>();
        for (Element l : Xml.within(root, "Links", "Link")) {
            links.add(new RefiProject.Link(guid(l), Xml.attr(l, "name"), Xml.attr(l, "direction"),
                    RefiGuids.key(Xml.attr(l, "originGUID")), RefiGuids.key(Xml.attr(l, "targetGUID")),
                    Xml.refs(l, "NoteRef", "targetGUID")));
        }
        for (Element set : Xml.within(root, "Sets", "Set")) {
            int members = Xml.children(set, "MemberCode").size() + Xml.children(set, "MemberSource").size()
                    + Xml.children(set, "MemberNote").size();
            skip("set", name(set), "refi.skip.set", members);
        }
        for (Element graph : Xml.within(root, "Graphs", "Graph")) {
            skip("graph", name(graph), "refi.skip.graph");
        }
        return new RefiProject(Xml.attr(root, "name"), Xml.attr(root, "origin"), RefiGuids.key(Xml.attr(root, "creatingUserGUID")),
                Xml.attr(root, "creationDateTime"), Xml.childText(root, "Description"), users, codes, variables, cases, sources,
                notes, links, Xml.refs(root, "NoteRef", "targetGUID"), skipped);
    }

    /** The codes of a CodeBook element (of a project or a .qdc). */
    static List<RefiProject.Code> codes(Element codeBook) {
        List<RefiProject.Code> out = new ArrayList<>();
        for (Element c : Xml.within(codeBook, "Codes", "Code")) {
            out.add(code(c));
        }
        return out;
    }

    private static RefiProject.Code code(Element e) {
        List<RefiProject.Code> children = new ArrayList<>();
        for (Element c : Xml.children(e, "Code")) {
            children.add(code(c));
        }
        String codable = Xml.attr(e, "isCodable");
        boolean isCodable = codable == null || !(codable.strip().equals("false") || codable.strip().equals("0"));
        return new RefiProject.Code(guid(e), Xml.attr(e, "name"), isCodable, Xml.attr(e, "color"), Xml.childText(e, "Description"),
                Xml.refs(e, "NoteRef", "targetGUID"), children);
    }

    /**
     * A text source. {@code identity} gives GUID, name and whole-source codings; {@code body}
     * gives the text and its selections (they differ for a PDF's text representation).
     */
    private RefiProject.Source textSource(Element identity, Element body, String kind) {
        List<RefiProject.Selection> selections = new ArrayList<>();
        for (Element sel : Xml.children(body, "PlainTextSelection")) {
            selections.add(selection(sel));
            textSelectionGuids.add(guid(sel));
        }
        List<RefiProject.Coding> codings = codings(body);
        List<String> noteRefs = new ArrayList<>(Xml.refs(body, "NoteRef", "targetGUID"));
        List<RefiProject.VariableValue> values = new ArrayList<>(values(body));
        String name = Xml.attr(identity, "name");
        String description = Xml.childText(identity, "Description");
        if (identity != body) {
            codings.addAll(codings(identity));
            noteRefs.addAll(Xml.refs(identity, "NoteRef", "targetGUID"));
            values.addAll(values(identity));
        }
        return new RefiProject.Source(guid(identity), name, kind, Xml.attr(body, "plainTextPath"), Xml.attr(body, "richTextPath"),
                Xml.childText(body, "PlainTextContent"), description, RefiGuids.key(Xml.attr(body, "creatingUser")),
                Xml.attr(body, "creationDateTime"), selections, codings, noteRefs, values);
    }

    /** A PDF counts through its plain-text representation; its page areas cannot be placed in text. */
    private void pdfSource(Element pdf, List<RefiProject.Source> sources) {
        Element representation = Xml.child(pdf, "Representation");
        if (representation == null) {
            skip("source", name(pdf), "refi.skip.pdfWithoutText");
            skipCodings(codingCount(pdf, "PDFSelection"), name(pdf), "refi.skip.pdfCodings");
            return;
        }
        sources.add(textSource(pdf, representation, "PDFSource"));
        for (Element area : Xml.children(pdf, "PDFSelection")) {
            int codings = Xml.children(area, "Coding").size();
            String key = textSelectionGuids.contains(guid(area)) ? "refi.skip.pdfAreaAlsoText" : "refi.skip.pdfArea";
            if (codings > 0) {
                skipped.add(new NotImported("coding", name(pdf) + " / " + name(area), Messages.get(key), codings));
            } else {
                skip("selection", name(pdf) + " / " + name(area), key);
            }
        }
    }

    private void media(Element source, String reasonKey, String selectionName) {
        skip("source", name(source), reasonKey);
        skipCodings(codingCount(source, selectionName), name(source), reasonKey);
    }

    /** Codings on a media or PDF source: on its selections, its transcripts' selections and itself. */
    private static int codingCount(Element source, String selectionName) {
        int n = Xml.children(source, "Coding").size();
        for (Element sel : Xml.children(source, selectionName)) {
            n += Xml.children(sel, "Coding").size();
        }
        for (Element transcript : Xml.children(source, "Transcript")) {
            for (Element sel : Xml.children(transcript, "TranscriptSelection")) {
                n += Xml.children(sel, "Coding").size();
            }
        }
        return n;
    }

    private void skipCodings(int count, String what, String reasonKey) {
        if (count > 0) {
            skipped.add(new NotImported("coding", what, Messages.get(reasonKey), count));
        }
    }

    private static RefiProject.Selection selection(Element e) {
        return new RefiProject.Selection(guid(e), Xml.attr(e, "name"), position(Xml.attr(e, "startPosition")),
                position(Xml.attr(e, "endPosition")), RefiGuids.key(Xml.attr(e, "creatingUser")), Xml.attr(e, "creationDateTime"),
                Xml.childText(e, "Description"), codings(e), Xml.refs(e, "NoteRef", "targetGUID"));
    }

    private static List<RefiProject.Coding> codings(Element parent) {
        List<RefiProject.Coding> out = new ArrayList<>();
        for (Element c : Xml.children(parent, "Coding")) {
            Element ref = Xml.child(c, "CodeRef");
            out.add(new RefiProject.Coding(guid(c), ref == null ? null : RefiGuids.key(Xml.attr(ref, "targetGUID")),
                    RefiGuids.key(Xml.attr(c, "creatingUser")), Xml.attr(c, "creationDateTime"), Xml.refs(c, "NoteRef", "targetGUID")));
        }
        return out;
    }

    private static List<RefiProject.VariableValue> values(Element parent) {
        List<RefiProject.VariableValue> out = new ArrayList<>();
        for (Element v : Xml.children(parent, "VariableValue")) {
            Element ref = Xml.child(v, "VariableRef");
            String variable = ref == null ? null : RefiGuids.key(Xml.attr(ref, "targetGUID"));
            String kind = null;
            String value = null;
            for (Element child : Xml.children(v)) {
                String n = Xml.name(child);
                if (n.endsWith("Value")) {
                    kind = n.substring(0, n.length() - "Value".length());
                    value = child.getTextContent();
                }
            }
            out.add(new RefiProject.VariableValue(variable, kind, value));
        }
        return out;
    }

    private RefiProject.Note note(Element n) {
        int codings = 0;
        for (Element sel : Xml.children(n, "PlainTextSelection")) {
            codings += Xml.children(sel, "Coding").size();
        }
        codings += Xml.children(n, "Coding").size();
        skipCodings(codings, name(n), "refi.skip.noteCodings");
        return new RefiProject.Note(guid(n), Xml.attr(n, "name"), Xml.childText(n, "PlainTextContent"), Xml.attr(n, "plainTextPath"),
                Xml.childText(n, "Description"), RefiGuids.key(Xml.attr(n, "creatingUser")), Xml.attr(n, "creationDateTime"),
                Xml.attr(n, "modifiedDateTime"));
    }

    private static Long position(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long v = Long.parseLong(raw.strip());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The element's GUID in our spelling; a missing one gets a fresh GUID so nothing collides. */
    private static String guid(Element e) {
        String raw = Xml.attr(e, "guid");
        return raw == null || raw.isBlank() ? nl.codewerk.util.Ids.guid() : RefiGuids.key(raw);
    }

    private static String name(Element e) {
        String name = Xml.attr(e, "name");
        return Xml.isBlank(name) ? Xml.name(e) + " " + Xml.attr(e, "guid") : name;
    }

    private void skip(String kind, String what, String reasonKey, Object... args) {
        skipped.add(NotImported.one(kind, what, Messages.get(reasonKey, args)));
    }
}
