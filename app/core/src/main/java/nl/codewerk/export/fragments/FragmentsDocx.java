package nl.codewerk.export.fragments;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import nl.codewerk.export.AttributionTemplate;
import nl.codewerk.export.Settings;
import nl.codewerk.export.word.WordDocument;
import nl.codewerk.export.word.WordStream;
import nl.codewerk.i18n.Messages;
import nl.codewerk.memo.Memo;
import nl.codewerk.util.Progress;

/**
 * Coded fragments as a Word document: per code in tree order a heading (level by depth), its
 * n and definition, then each fragment in the Quote style with its attribution on the line
 * beneath, so a student can paste a theme into a thesis chapter as it is. The fragments are
 * streamed ({@link WordStream}): 20,000 of them take seconds, not minutes.
 */
public final class FragmentsDocx {

    private final FragmentReport report;
    private final Locale locale;

    public FragmentsDocx(FragmentReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    public void write(OutputStream out, Progress progress) throws IOException {
        String title = Messages.get(locale, "export.fragments.title");
        try (WordDocument doc = new WordDocument(title, locale)) {
            doc.paragraph("Title", title);
            doc.paragraph("Subtitle", report.scope().snapshot().projectName());
            Settings settings = report.scope().describe(locale);
            for (Settings.Entry entry : settings.entries()) {
                doc.labelled("Meta", entry.label(), entry.value());
            }
            doc.labelled("Meta", Messages.get(locale, "export.setting.template"), report.template().template());
            if (report.fragmentCount() == 0) {
                doc.paragraph("Normal", Messages.get(locale, "export.fragments.none"));
            }
            doc.write(out, body -> codes(body, progress));
        }
    }

    private void codes(WordStream body, Progress progress) throws IOException {
        int total = report.fragmentCount();
        int done = 0;
        // Chosen codes deep in the tree still start at heading 1, ready to paste as a section.
        int top = report.shown().stream().mapToInt(CodeFragments::depth).min().orElse(0);
        for (CodeFragments code : report.shown()) {
            body.heading(code.depth() - top + 1, code.code().name());
            if (!code.fragments().isEmpty()) {
                body.paragraph("Meta", Messages.get(locale, "export.fragments.count", code.cases(), code.fragments().size()));
            }
            if (code.code().definition() != null && !code.code().definition().isBlank()) {
                body.paragraph("CodeDefinition", code.code().definition());
            }
            for (Memo memo : code.memos()) {
                memo(body, memo);
            }
            for (Fragment fragment : code.fragments()) {
                fragment(body, fragment);
                if (++done % 500 == 0) {
                    progress.checkCancelled();
                    progress.update(done, total, code.code().name());
                }
            }
        }
        progress.checkCancelled();
    }

    private void fragment(WordStream body, Fragment fragment) throws IOException {
        body.begin("Quote");
        if (!fragment.before().isEmpty()) {
            // A no-break space keeps the ellipsis with its words at the end of a line.
            body.run("…\u00A0" + fragment.before(), "Context");
        }
        body.run(fragment.text().strip(), null);
        if (!fragment.after().isEmpty()) {
            body.run(fragment.after() + "\u00A0…", "Context");
        }
        // The attribution goes on its own line inside the quote, so the two travel together when pasted.
        String attribution = attribution(report.template(), fragment, report.options().includeTranscriptName(), locale);
        if (!attribution.isEmpty()) {
            body.run("\n" + attribution, "Attribution");
        }
        body.end();
        for (String comment : fragment.comments()) {
            body.labelled("Memo", Messages.get(locale, "export.fragments.comment"), comment);
        }
        for (Memo memo : fragment.memos()) {
            memo(body, memo);
        }
    }

    private void memo(WordStream body, Memo memo) throws IOException {
        String label = memo.title() == null || memo.title().isBlank() ? Messages.get(locale, "export.fragments.memo") : memo.title();
        body.labelled("Memo", memo.author() == null ? label : label + " (" + memo.author() + ")", memo.text());
    }

    /** The line under a quote: the template filled in, then the transcript name when asked for. */
    static String attribution(AttributionTemplate template, Fragment fragment, boolean transcriptName, Locale locale) {
        String filled = template.render(new AttributionTemplate.Source(fragment.caseOf(), fragment.transcript(), fragment.speaker(),
                String.join(", ", fragment.coders())), locale);
        if (!transcriptName || fragment.transcript().isEmpty()) {
            return filled;
        }
        // A case named after its transcript (an import without participants sheet) is said once.
        boolean sameName = filled.equals("(" + fragment.transcript() + ")");
        return filled.isEmpty() || sameName ? fragment.transcript() : filled + " — " + fragment.transcript();
    }
}
