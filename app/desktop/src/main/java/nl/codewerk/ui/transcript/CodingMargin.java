package nl.codewerk.ui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import nl.codewerk.coding.Coding;
import nl.codewerk.ui.codebook.CodebookState;
import nl.codewerk.ui.i18n.I18n;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The coding stripes left of the text: one coloured bar per coding in its own column, the code's
 * name where the coding begins, a tooltip with codes and coders. Drawn per visible paragraph by
 * the text area's paragraph-graphic factory, so a long transcript costs no more than a short one.
 */
final class CodingMargin {

    static final double LABEL_WIDTH = 140;
    static final double LANE_WIDTH = 9;
    static final double BAR_WIDTH = 5;

    private final GenericStyledArea<?, ?, ?> area;
    private final Consumer<Coding> onPick;
    private List<Coding> codings = List.of();
    private CodingLanes lanes = new CodingLanes(List.of());
    private CodebookState codebook = CodebookState.EMPTY;
    private long pickedId = -1;

    CodingMargin(GenericStyledArea<?, ?, ?> area, Consumer<Coding> onPick) {
        this.area = area;
        this.onPick = onPick;
    }

    /** Redraws the stripes of the visible paragraphs. */
    void show(List<Coding> visible, CodebookState newCodebook, long newPickedId) {
        this.codings = List.copyOf(visible);
        this.lanes = new CodingLanes(codings);
        this.codebook = newCodebook;
        this.pickedId = newPickedId;
        // A new factory instance makes the area rebuild the graphics of the visible paragraphs.
        area.setParagraphGraphicFactory(paragraph -> new Cell(paragraph));
    }

    double width() {
        return LABEL_WIDTH + Math.max(1, lanes.count()) * LANE_WIDTH + 8;
    }

    private final class Cell extends Region {

        private final int paragraph;
        private final int from;
        private final int to;
        private final List<Coding> here = new ArrayList<>();
        private final List<Rectangle> bars = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private final Label more = new Label();

        Cell(int paragraph) {
            this.paragraph = paragraph;
            getStyleClass().add("coding-margin");
            this.from = area.getAbsolutePosition(paragraph, 0);
            this.to = from + area.getParagraphLength(paragraph);
            for (Coding c : codings) {
                boolean covers = to > from ? c.overlaps(from, to) : c.start() < from && c.end() > from;
                if (covers) {
                    here.add(c);
                }
            }
            here.sort(Comparator.comparingInt(Coding::start));
            for (Coding c : here) {
                Rectangle bar = new Rectangle(BAR_WIDTH, 1, Color.web(codebook.color(c.codeId())));
                bar.setArcWidth(3);
                bar.setArcHeight(3);
                bar.getStyleClass().add("coding-stripe");
                if (c.id() == pickedId) {
                    bar.getStyleClass().add("picked");
                    bar.setWidth(BAR_WIDTH + 2);
                }
                pickOnClick(bar, c);
                bars.add(bar);
                getChildren().add(bar);
                if (c.start() >= from && (c.start() < to || to == from)) {
                    Label label = new Label(codebook.name(c.codeId()));
                    label.getStyleClass().add("stripe-label");
                    Rectangle chip = new Rectangle(8, 8, Color.web(codebook.color(c.codeId())));
                    chip.setArcWidth(2);
                    chip.setArcHeight(2);
                    label.setGraphic(chip);
                    label.setTextOverrun(OverrunStyle.ELLIPSIS);
                    label.setMaxWidth(LABEL_WIDTH - 4);
                    label.setUserData(c);
                    pickOnClick(label, c);
                    labels.add(label);
                    getChildren().add(label);
                }
            }
            more.getStyleClass().add("stripe-more");
            more.setVisible(false);
            getChildren().add(more);
            if (!here.isEmpty()) {
                Tooltip tip = new Tooltip(tooltipText());
                tip.setShowDelay(Duration.millis(300));
                Tooltip.install(this, tip);
            }
        }

        private void pickOnClick(Node node, Coding c) {
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> {
                onPick.accept(c);
                e.consume();
            });
        }

        private String tooltipText() {
            StringBuilder text = new StringBuilder();
            for (Coding c : here) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(I18n.t("stripes.tooltipLine", codebook.pathText(c.codeId()), c.coder()));
            }
            return text.toString();
        }

        @Override
        protected double computePrefWidth(double height) {
            return width();
        }

        @Override
        protected double computeMinWidth(double height) {
            return width();
        }

        @Override
        protected void layoutChildren() {
            double height = getHeight();
            double laneStart = LABEL_WIDTH + 4;
            double nextLabelY = 0;
            int labelIndex = 0;
            int hidden = 0;
            Label lastShown = null;
            for (int i = 0; i < here.size(); i++) {
                Coding c = here.get(i);
                double[] span = verticalSpan(c, height);
                Rectangle bar = bars.get(i);
                bar.setX(laneStart + lanes.lane(c) * LANE_WIDTH);
                bar.setY(span[0]);
                bar.setHeight(Math.max(4, span[1] - span[0]));
                if (labelIndex < labels.size() && labels.get(labelIndex).getUserData() == c) {
                    Label label = labels.get(labelIndex++);
                    double h = label.prefHeight(-1);
                    double y = Math.max(span[0], nextLabelY);
                    boolean fits = y + h <= height + 1 || nextLabelY == 0;
                    label.setVisible(fits);
                    if (fits) {
                        label.resizeRelocate(0, y, LABEL_WIDTH - 4, h);
                        nextLabelY = y + h;
                        lastShown = label;
                    } else {
                        hidden++;
                    }
                }
            }
            // Names that do not fit beside a short paragraph are counted; the tooltip lists them.
            more.setVisible(hidden > 0 && lastShown != null);
            if (hidden > 0 && lastShown != null) {
                more.setText("+" + hidden);
                double w = more.prefWidth(-1);
                double y = lastShown.getLayoutY();
                more.resizeRelocate(0, y, w, lastShown.getHeight());
                lastShown.resizeRelocate(w + 4, y, LABEL_WIDTH - 8 - w, lastShown.getHeight());
            }
        }

        /** Top and bottom of the coding's words within this paragraph, in this cell's coordinates. */
        private double[] verticalSpan(Coding c, double height) {
            double top = 0;
            double bottom = height;
            if (to > from) {
                int start = Math.max(from, c.start());
                int end = Math.min(to, c.end());
                Optional<Bounds> onScreen = Optional.empty();
                try {
                    onScreen = end > start ? area.getCharacterBoundsOnScreen(start, end) : Optional.empty();
                } catch (RuntimeException e) {
                    // Not laid out yet: the whole paragraph is a fair approximation until the next pass.
                }
                if (onScreen.isPresent()) {
                    Bounds local = screenToLocal(onScreen.get());
                    if (local != null) {
                        top = c.start() < from ? 0 : Math.max(0, local.getMinY());
                        bottom = c.end() > to ? height : Math.min(height, local.getMaxY());
                    }
                }
            }
            return new double[] {top, Math.max(top + 4, bottom)};
        }

        @Override
        public String toString() {
            return "CodingMargin.Cell[" + paragraph + "]";
        }
    }
}
