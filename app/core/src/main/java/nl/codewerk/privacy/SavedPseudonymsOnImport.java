package nl.codewerk.privacy;

import java.util.ArrayList;
import java.util.List;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.ImportService;
import nl.codewerk.transcript.TranscriptStore;

/**
 * Applies the project's saved pseudonym list to the transcripts an import brings in (their
 * text, names, speakers and cases), so a project pseudonymised once stays pseudonymised.
 */
public final class SavedPseudonymsOnImport implements ImportService.FollowUp {

    private final PseudonymiseService pseudonyms;
    private final TranscriptStore transcripts;

    public SavedPseudonymsOnImport(PseudonymiseService pseudonyms, TranscriptStore transcripts) {
        this.pseudonyms = pseudonyms;
        this.transcripts = transcripts;
    }

    @Override
    public ImportReport after(ImportReport report) {
        List<Long> ids = report.imported().stream().map(ImportReport.Imported::id).toList();
        java.util.Optional<PseudonymPreview> applied;
        try {
            applied = pseudonyms.applySavedTo(ids);
        } catch (LocalizedException e) {
            // The files are in; say plainly that their names are not replaced yet.
            List<String> notes = new ArrayList<>(report.notes());
            notes.add(Messages.get("privacy.notAppliedOnImport", e.getMessage()));
            return new ImportReport(report.imported(), report.skipped(), report.refused(), notes);
        }
        return applied.map(changed -> {
            List<String> notes = new ArrayList<>(report.notes());
            long touched = changed.transcripts().stream().filter(t -> t.total() > 0).count();
            notes.add(Messages.get("privacy.appliedOnImport", changed.total(), touched));
            // The report names transcripts as they are now, not by the names just replaced.
            List<ImportReport.Imported> imported = report.imported().stream()
                    .map(i -> new ImportReport.Imported(i.file(), i.id(), transcripts.get(i.id()).map(t -> t.name()).orElse(i.name()),
                            i.format(), i.turns(), i.notes()))
                    .toList();
            return new ImportReport(imported, report.skipped(), report.refused(), notes);
        }).orElse(report);
    }
}
