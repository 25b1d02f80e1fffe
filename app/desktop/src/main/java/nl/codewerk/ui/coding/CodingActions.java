package nl.codewerk.ui.coding;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.stage.Window;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingService;
import nl.codewerk.ui.codebook.CodeColors;
import nl.codewerk.ui.codebook.CodePalette;
import nl.codewerk.ui.codebook.CodebookModel;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;

/**
 * Applying and changing codings. Each is one action in core's undo log, saved the moment it
 * is made; the panes redraw from the change it causes.
 */
public final class CodingActions {

    private static final int MAX_IN_VIVO_NAME = 80;

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final CodebookModel codebook;
    private final PinnedCodes pins;
    private final Supplier<Window> owner;

    public CodingActions(ProjectSession session, TranscriptModel transcript, CodebookModel codebook, PinnedCodes pins, Supplier<Window> owner) {
        this.session = session;
        this.transcript = transcript;
        this.codebook = codebook;
        this.pins = pins;
        this.owner = owner;
    }

    public PinnedCodes pins() {
        return pins;
    }

    /** Codes the selection, or the whole turn at the caret when nothing is selected. */
    public void apply(Code code) {
        target().ifPresent(span -> applyTo(code, span));
    }

    public void applyTo(Code code, CodingService.Span span) {
        String coder = session.coder();
        session.run(BackgroundTask.of(progress -> session.project().codings().apply(span.transcriptId(), span.start(), span.end(), code.id(), coder)));
    }

    public void applyPinned(int slot) {
        Optional<Code> code = pins.code(slot, codebook.state());
        if (code.isEmpty()) {
            session.dialogs().showInfo(I18n.t("coding.pinnedTitle"), I18n.t("coding.nothingPinned", slot));
            return;
        }
        apply(code.get());
    }

    /** Asks which Ctrl+1..9 the code goes on; the slot it had is freed. */
    public void choosePin(Code code) {
        List<Integer> slots = java.util.stream.IntStream.rangeClosed(1, PinnedCodes.SLOTS).boxed().toList();
        int current = pins.slotOf(code.id()).orElse(1);
        session.dialogs().choose(I18n.t("coding.pinTitle", code.name()), I18n.t("coding.pinLabel"), slots, current,
                        slot -> I18n.t("coding.pinSlot", slot, pins.code(slot, codebook.state()).map(Code::name).orElse("—")))
                .ifPresent(slot -> pins.pin(code.id(), slot));
    }

    /** Ctrl+K: find a code by typing, or create one, and code the selection with it. */
    public void openPalette() {
        Optional<CodingService.Span> span = target();
        if (span.isEmpty()) {
            return;
        }
        CodePalette.show(owner.get(), codebook.state(), I18n.t("palette.applyTitle"), true, choice -> {
            if (choice.existing() != null) {
                applyTo(choice.existing(), span.get());
            } else {
                createAndApply(choice.newName(), span.get());
            }
        });
    }

    /** Codes the selection with a new code named after its own words. */
    public void inVivo() {
        Optional<String> words = transcript.selectedText();
        Optional<CodingService.Span> span = target();
        if (words.isEmpty() || span.isEmpty()) {
            session.dialogs().showInfo(I18n.t("coding.inVivoTitle"), I18n.t("coding.selectFirst"));
            return;
        }
        createAndApply(inVivoName(words.get()), span.get());
    }

    static String inVivoName(String words) {
        String name = words.replaceAll("\\s+", " ").strip();
        return name.length() <= MAX_IN_VIVO_NAME ? name : name.substring(0, MAX_IN_VIVO_NAME - 1).strip() + "…";
    }

    /**
     * Creates a top-level code and applies it, one step in the undo log. A top-level code of
     * that name already there is applied instead.
     */
    private void createAndApply(String name, CodingService.Span span) {
        String coder = session.coder();
        String color = CodeColors.next(codebook.state());
        session.run(BackgroundTask.of(progress -> {
            Coding coding = session.project().codings().applyNewCode(span, session.project().codebook(),
                    CodebookService.NewCode.named(name, null).withColor(color), coder);
            return session.project().codebook().codebook().get(coding.codeId()).orElseThrow();
        }).onSuccess(code -> codebook.selectedProperty().set(code)));
    }

    /** Selects the turn at the caret, so the next code covers all of it. */
    public void selectTurn() {
        transcript.currentTurn().ifPresent(turn -> transcript.jumpTo(new IndexRange(turn.start(), turn.end())));
    }

    public void remove(Coding coding) {
        String coder = session.coder();
        session.run(BackgroundTask.action(progress -> session.project().codings().remove(coding.id(), coder)));
    }

    /** Gives a coding another code, picked with the palette. */
    public void recode(Coding coding) {
        CodePalette.show(owner.get(), codebook.state(), I18n.t("coding.recodeTitle"), false, choice -> {
            if (choice.existing() != null && !choice.existing().id().equals(coding.codeId())) {
                String coder = session.coder();
                session.run(BackgroundTask.action(progress -> session.project().codings().recode(coding.id(), choice.existing().id(), coder)));
            }
        });
    }

    /** Makes a coding cover the current selection instead. */
    public void resizeToSelection(Coding coding) {
        IndexRange range = transcript.selectionProperty().get();
        Optional<CodingService.Span> span = transcript.codingTarget();
        if (range.getLength() == 0 || span.isEmpty()) {
            session.dialogs().showInfo(I18n.t("coding.resizeTitle"), I18n.t("coding.resizeHow"));
            return;
        }
        String coder = session.coder();
        session.run(BackgroundTask.action(progress -> session.project().codings().resize(coding.id(), span.get().start(), span.get().end(), coder)));
    }

    public void comment(Coding coding) {
        session.dialogs().askText(I18n.t("coding.commentTitle"), I18n.t("coding.comment"), coding.comment() == null ? "" : coding.comment())
                .ifPresent(text -> {
                    String coder = session.coder();
                    session.run(BackgroundTask.action(progress -> session.project().codings().comment(coding.id(), text, coder)));
                });
    }

    /** Lets the coder say who is coding from now on. */
    public void changeCoder() {
        session.dialogs().askText(I18n.t("coding.coderTitle"), I18n.t("coding.coderLabel"), session.coder())
                .ifPresent(name -> session.coderProperty().set(name));
    }

    private Optional<CodingService.Span> target() {
        if (transcript.transcript() == null) {
            session.dialogs().showInfo(I18n.t("coding.applyTitle"), I18n.t("coding.openFirst"));
            return Optional.empty();
        }
        Optional<CodingService.Span> span = transcript.codingTarget();
        if (span.isEmpty()) {
            session.dialogs().showInfo(I18n.t("coding.applyTitle"), I18n.t("coding.selectFirst"));
        }
        return span;
    }
}
