package nl.codewerk.refi;

import java.util.List;

/**
 * Writes a {@link RefiProject} as {@code project.qde} in the order and shape the project schema
 * demands: containers only when they have a child, text sources by {@code plainTextPath} (their
 * text goes into {@code sources/}), positions as given (code points on export).
 */
final class QdeWriter {

    static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private QdeWriter() {
    }

    static byte[] project(RefiProject p) {
        XmlOut x = new XmlOut(PROJECT_NAMESPACE);
        x.open("Project", "name", p.name(), "origin", p.origin(), "creatingUserGUID", p.creatingUser(),
                "creationDateTime", p.creationDateTime());
        if (!p.users().isEmpty()) {
            x.open("Users");
            for (RefiProject.User u : p.users()) {
                x.empty("User", "guid", u.guid(), "name", u.name(), "id", u.id());
            }
            x.close();
        }
        if (!p.codes().isEmpty()) {
            x.open("CodeBook").open("Codes");
            for (RefiProject.Code c : p.codes()) {
                code(x, c, true);
            }
            x.close().close();
        }
        if (!p.variables().isEmpty()) {
            x.open("Variables");
            for (RefiProject.Variable v : p.variables()) {
                x.open("Variable", "guid", v.guid(), "name", v.name(), "typeOfVariable", v.type()).text("Description", v.description()).close();
            }
            x.close();
        }
        if (!p.cases().isEmpty()) {
            x.open("Cases");
            for (RefiProject.Case c : p.cases()) {
                x.open("Case", "guid", c.guid(), "name", c.name()).text("Description", c.description());
                refs(x, "CodeRef", c.codeRefs());
                values(x, c.values());
                refs(x, "SourceRef", c.sourceRefs());
                refs(x, "SelectionRef", c.selectionRefs());
                x.close();
            }
            x.close();
        }
        if (!p.sources().isEmpty()) {
            x.open("Sources");
            for (RefiProject.Source s : p.sources()) {
                source(x, s);
            }
            x.close();
        }
        if (!p.notes().isEmpty()) {
            x.open("Notes");
            for (RefiProject.Note n : p.notes()) {
                x.open("Note", "guid", n.guid(), "name", n.name(), "plainTextPath", n.plainTextPath(), "creatingUser", n.creatingUser(),
                        "creationDateTime", n.creationDateTime(), "modifiedDateTime", n.modifiedDateTime());
                x.text("Description", n.description());
                x.text("PlainTextContent", n.plainTextPath() == null ? n.text() : null);
                x.close();
            }
            x.close();
        }
        if (!p.links().isEmpty()) {
            x.open("Links");
            for (RefiProject.Link l : p.links()) {
                x.open("Link", "guid", l.guid(), "name", l.name(), "direction", l.direction(), "originGUID", l.originGuid(),
                        "targetGUID", l.targetGuid());
                refs(x, "NoteRef", l.noteRefs());
                x.close();
            }
            x.close();
        }
        x.text("Description", p.description());
        refs(x, "NoteRef", p.noteRefs());
        x.close();
        return x.finish();
    }

    /** A {@code .qdc}: the codebook alone, in the codebook namespace (no notes there). */
    static byte[] codebook(List<RefiProject.Code> codes, String origin) {
        XmlOut x = new XmlOut(CODEBOOK_NAMESPACE);
        x.open("CodeBook", "origin", origin).open("Codes");
        for (RefiProject.Code c : codes) {
            code(x, c, false);
        }
        x.close().close();
        return x.finish();
    }

    private static void code(XmlOut x, RefiProject.Code c, boolean withNotes) {
        x.open("Code", "guid", c.guid(), "name", c.name(), "isCodable", String.valueOf(c.codable()), "color", c.color());
        x.text("Description", c.description());
        if (withNotes) {
            refs(x, "NoteRef", c.noteRefs());
        }
        for (RefiProject.Code child : c.children()) {
            code(x, child, withNotes);
        }
        x.close();
    }

    private static void source(XmlOut x, RefiProject.Source s) {
        x.open("TextSource", "guid", s.guid(), "name", s.name(), "richTextPath", s.richTextPath(), "plainTextPath", s.plainTextPath(),
                "creatingUser", s.creatingUser(), "creationDateTime", s.creationDateTime());
        x.text("Description", s.description());
        x.text("PlainTextContent", s.plainTextPath() == null ? s.text() : null);
        for (RefiProject.Selection sel : s.selections()) {
            x.open("PlainTextSelection", "guid", sel.guid(), "name", sel.name(), "startPosition", String.valueOf(sel.start()),
                    "endPosition", String.valueOf(sel.end()), "creatingUser", sel.creatingUser(), "creationDateTime", sel.creationDateTime());
            x.text("Description", sel.description());
            codings(x, sel.codings());
            refs(x, "NoteRef", sel.noteRefs());
            x.close();
        }
        codings(x, s.codings());
        refs(x, "NoteRef", s.noteRefs());
        values(x, s.values());
        x.close();
    }

    private static void codings(XmlOut x, List<RefiProject.Coding> codings) {
        for (RefiProject.Coding c : codings) {
            x.open("Coding", "guid", c.guid(), "creatingUser", c.creatingUser(), "creationDateTime", c.creationDateTime());
            x.empty("CodeRef", "targetGUID", c.codeRef());
            refs(x, "NoteRef", c.noteRefs());
            x.close();
        }
    }

    private static void values(XmlOut x, List<RefiProject.VariableValue> values) {
        for (RefiProject.VariableValue v : values) {
            x.open("VariableValue").empty("VariableRef", "targetGUID", v.variableGuid()).text(v.kind() + "Value", v.value()).close();
        }
    }

    private static void refs(XmlOut x, String element, List<String> targets) {
        for (String target : targets) {
            x.empty(element, "targetGUID", target);
        }
    }
}
