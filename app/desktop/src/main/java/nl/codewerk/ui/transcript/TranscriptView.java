package nl.codewerk.ui.transcript;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.codebook.CodebookModel;
import nl.codewerk.ui.common.DragPayload;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.PaneHeader;
import nl.codewerk.ui.i18n.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The transcript in the centre: speaker turns with bold labels and grey timestamps, coded
 * text shaded in the codes' colours and coding stripes in the margin.
 */
public final class TranscriptView extends VBox {

    private final TranscriptModel model;
    private final CodebookModel codebook;
    private final TranscriptArea area = new TranscriptArea();
    private final CodingMargin margin;
    private final PaneHeader header;
    private final ComboBox<CoderFilter> coderFilter = new ComboBox<>();
    private final Label placeholder = new Label(I18n.t("transcript.none"));
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean pressedInSelection;
    private boolean draggingSelection;

    public TranscriptView(TranscriptModel model, CodebookModel codebook, DragPayload drag) {
        this.model = model;
        this.codebook = codebook;
        getStyleClass().addAll("pane", "transcript-pane");
        area.setId("transcriptText");
        margin = new CodingMargin(area, this::pick);

        coderFilter.setId("coderFilter");
        coderFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoderFilter filter) {
                return filter == null ? "" : filter.displayName();
            }

            @Override
            public CoderFilter fromString(String text) {
                return null;
            }
        });
        coderFilter.setOnShowing(e -> fillCoderFilter());
        fillCoderFilter();
        coderFilter.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.coderFilterProperty().set(now);
            }
        });
        Label show = new Label(I18n.t("transcript.show"));
        show.getStyleClass().add(Styles.TEXT_MUTED);
        show.setLabelFor(coderFilter);
        header = new PaneHeader(I18n.t("transcript.title"), Icons.of(MaterialDesignT.TEXT_BOX_OUTLINE), show, coderFilter);

        VirtualizedScrollPane<TranscriptArea> scroll = new VirtualizedScrollPane<>(area);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane body = new StackPane(scroll, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        subscriptions.add(model.transcriptProperty().subscribe(this::showTranscript));
        subscriptions.add(model.visibleCodings().subscribe(this::restyle));
        subscriptions.add(model.selectedCodingProperty().subscribe(this::restyle));
        subscriptions.add(codebook.stateProperty().subscribe(this::restyle));
        area.selectionProperty().addListener((obs, old, now) -> model.selectionProperty().set(now));
        subscriptions.add(model.jumpRequestProperty().subscribe(range -> {
            if (range != null) {
                select(range);
            }
        }));
        dragSelectionToCode(drag);
        codesOnHover();
    }

    public TranscriptArea area() {
        return area;
    }

    /** Stops listening to the models (the view is replaced when the language changes). */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    private void fillCoderFilter() {
        List<CoderFilter> filters = new ArrayList<>(List.of(CoderFilter.ALL, CoderFilter.MINE));
        model.coders().forEach(name -> filters.add(CoderFilter.of(name)));
        CoderFilter current = model.coderFilterProperty().get();
        if (!filters.contains(current)) {
            filters.add(current);
        }
        coderFilter.getItems().setAll(filters);
        coderFilter.setValue(current);
    }

    private void showTranscript(Transcript transcript) {
        placeholder.setVisible(transcript == null);
        area.setVisible(transcript != null);
        if (transcript == null) {
            area.clear();
            return;
        }
        header.setTitle(transcript.name());
        area.replaceText(transcript.text());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyle();
    }

    private void restyle() {
        Transcript transcript = model.transcript();
        if (transcript == null || area.getLength() != transcript.text().length()) {
            return;
        }
        Coding picked = model.selectedCodingProperty().get();
        long pickedId = picked == null ? -1 : picked.id();
        var state = codebook.state();
        area.setStyleSpans(0, TranscriptStyles.compute(transcript.text(), transcript.turns(), model.visibleCodings(), state::color, pickedId));
        margin.show(model.visibleCodings(), state, pickedId);
    }

    /** Resting the mouse on coded words shows which codes and coders cover them. */
    private void codesOnHover() {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("codes-tooltip");
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(500));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int at = e.getCharacterIndex();
            var state = codebook.state();
            StringBuilder text = new StringBuilder();
            for (Coding c : model.visibleCodings()) {
                if (c.start() <= at && at < c.end()) {
                    text.append(text.isEmpty() ? "" : "\n").append(I18n.t("stripes.tooltipLine", state.pathText(c.codeId()), c.coder()));
                }
            }
            if (!text.isEmpty()) {
                tip.setText(text.toString());
                tip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    /** A click on a stripe picks its coding and selects the words it covers. */
    private void pick(Coding coding) {
        model.selectedCodingProperty().set(coding);
        select(new IndexRange(coding.start(), coding.end()));
    }

    private void select(IndexRange range) {
        int length = area.getLength();
        int start = Math.min(range.getStart(), length);
        int end = Math.min(range.getEnd(), length);
        area.selectRange(start, end);
        int paragraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    /**
     * Pressing inside the selection and dragging starts a press-drag-release gesture that a code
     * in the codebook accepts (the selection is coded with it). The text area itself would treat
     * that press as the start of a new selection (it only drags text when editable), so these
     * mouse events are kept from it; a click without dragging still moves the caret.
     */
    private void dragSelectionToCode(DragPayload drag) {
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            IndexRange selection = area.getSelection();
            pressedInSelection = false;
            draggingSelection = false;
            if (e.isPrimaryButtonDown() && e.getClickCount() == 1 && selection.getLength() > 0) {
                int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
                pressedInSelection = at > selection.getStart() && at < selection.getEnd();
            }
            if (pressedInSelection) {
                area.requestFocus();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedInSelection) {
                model.codingTarget().ifPresent(span -> {
                    drag.start(span);
                    draggingSelection = true;
                    area.startFullDrag();
                });
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedInSelection) {
                if (!draggingSelection) {
                    area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
                }
                pressedInSelection = false;
                draggingSelection = false;
                e.consume();
            }
        });
    }
}
