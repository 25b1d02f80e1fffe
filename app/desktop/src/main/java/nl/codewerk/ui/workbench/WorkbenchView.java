package nl.codewerk.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.CodingService;
import nl.codewerk.ui.codebook.CodeActions;
import nl.codewerk.ui.codebook.CodebookPane;
import nl.codewerk.ui.coding.CodingsHerePane;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.PaneHeader;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.memo.MemoPane;
import nl.codewerk.ui.retrieval.RetrievalPane;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.transcript.TranscriptListView;
import nl.codewerk.ui.transcript.TranscriptView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The workbench window: transcripts and codebook on the left, the transcript in the centre,
 * the codings, memos and fragments of the current place on the right. Resizable, and the
 * layout is remembered.
 */
public final class WorkbenchView extends BorderPane implements PaneFocus {

    private final WorkbenchModel model;
    private final TranscriptListView transcriptList;
    private final CodebookPane codebook;
    private final TranscriptView transcript;
    private final CodingsHerePane codingsHere;
    private final MemoPane memos;
    private final RetrievalPane retrieval;
    private final TabPane sideTabs = new TabPane();
    private final Tab memoTab;
    private final Tab fragmentTab;
    private final SplitPane columns = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final SplitPane side = new SplitPane();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public WorkbenchView(WorkbenchModel model, WorkbenchHost host) {
        this.model = model;
        getStyleClass().add("workbench");
        Settings settings = model.session().context().settings();

        transcriptList = new TranscriptListView(model.transcripts(), id -> model.transcript().open(id));
        codebook = new CodebookPane(model.codebook(), model.codebookEditor(), codeActions(), model.drag());
        transcript = new TranscriptView(model.transcript(), model.codebook(), model.drag());
        codingsHere = new CodingsHerePane(model.transcript(), model.codebook()::state, model.coding(), coding -> inMemoPane(() -> model.memos().startOnCoding(coding)));
        memos = new MemoPane(model.memos());
        retrieval = new RetrievalPane(model.retrieval());

        left.setOrientation(Orientation.VERTICAL);
        left.getItems().addAll(transcriptList, codebook);
        memoTab = new Tab(I18n.t("side.memos"), memos);
        memoTab.setGraphic(Icons.of(MaterialDesignN.NOTE_TEXT_OUTLINE));
        fragmentTab = new Tab(I18n.t("side.fragments"), retrieval);
        fragmentTab.setGraphic(Icons.of(MaterialDesignT.TEXT_SEARCH));
        sideTabs.getTabs().addAll(memoTab, fragmentTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox here = new VBox(new PaneHeader(I18n.t("side.here"), Icons.of(MaterialDesignC.CHECKBOX_MULTIPLE_MARKED_OUTLINE)), codingsHere);
        here.getStyleClass().add("pane");
        VBox.setVgrow(codingsHere, Priority.ALWAYS);
        side.setOrientation(Orientation.VERTICAL);
        side.getItems().addAll(here, sideTabs);
        SearchDock searchDock = new SearchDock(model, transcript);
        columns.getItems().addAll(left, searchDock.node(), side);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(side, false);
        PaneLayout.remember(columns, "columns", settings, 0.24, 0.74);
        PaneLayout.remember(left, "left", settings, 0.42);
        PaneLayout.remember(side, "side", settings, 0.36);

        transcript.area().setContextMenu(textMenu());
        CodingMenus coding = new CodingMenus(model, codebook::selected, () -> model.transcript().selectedCodingProperty().get(),
                () -> sideTabs.getSelectionModel().select(fragmentTab), this::inMemoPane);
        List<Menu> featureMenus = new ArrayList<>(coding.build());
        featureMenus.add(searchDock.menu());
        setTop(new WorkbenchMenus(model, host, this).build(
                new AnalysisMenus(model, () -> getScene() == null ? null : getScene().getWindow()).after(featureMenus)));
        setCenter(columns);
        setBottom(new StatusBar(model.session(), model.session().tasks().monitor()));
        model.importer().acceptDrops(this);
        subscriptions.add(model.coding().pins().slots().subscribe(codebook.tree()::refresh));
        subscriptions.add(model.transcript().transcriptProperty().subscribe(now -> {
            if (now != null) {
                transcriptList.showSelected(now.id());
            }
        }));
    }

    /** Called once the view is in the window: asks who is coding if nobody said yet. */
    public void whenShown() {
        Settings settings = model.session().context().settings();
        if (settings.coder().isEmpty()) {
            model.session().dialogs().askText(I18n.t("coding.coderTitle"), I18n.t("coding.coderLabel"), model.session().coder())
                    .ifPresent(name -> model.session().coderProperty().set(name));
            settings.setCoder(model.session().coder());
        }
        transcriptList.table().requestFocus();
    }

    public void saveLayout() {
        Settings settings = model.session().context().settings();
        PaneLayout.save(columns, "columns", settings);
        PaneLayout.save(left, "left", settings);
        PaneLayout.save(side, "side", settings);
    }

    /** Stops listening to the models before the view is replaced. */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        codingsHere.dispose();
        transcript.dispose();
        codebook.dispose();
        memos.dispose();
    }

    private ContextMenu textMenu() {
        ContextMenu menu = new ContextMenu(
                WorkbenchMenus.item(I18n.t("menu.coding.apply"), MaterialDesignT.TAG_OUTLINE, null, model.coding()::openPalette),
                WorkbenchMenus.item(I18n.t("menu.coding.inVivo"), MaterialDesignF.FORMAT_QUOTE_OPEN, null, model.coding()::inVivo),
                WorkbenchMenus.item(I18n.t("menu.coding.selectTurn"), MaterialDesignT.TEXT_BOX_OUTLINE, null, model.coding()::selectTurn),
                WorkbenchMenus.item(I18n.t("menu.memo.transcript"), MaterialDesignN.NOTE_PLUS_OUTLINE, null,
                        () -> inMemoPane(model.memos()::startOnTranscript)));
        return menu;
    }

    private void inMemoPane(Runnable start) {
        sideTabs.getSelectionModel().select(memoTab);
        memos.flush();
        start.run();
        memos.focusEditor();
    }

    private CodeActions codeActions() {
        return new CodeActions() {
            @Override
            public void apply(Code code) {
                model.coding().apply(code);
            }

            @Override
            public void applyTo(Code code, CodingService.Span span) {
                model.coding().applyTo(code, span);
            }

            @Override
            public void retrieve(Code code) {
                model.retrieval().retrieve(code);
                sideTabs.getSelectionModel().select(fragmentTab);
            }

            @Override
            public void writeMemo(Code code) {
                inMemoPane(() -> model.memos().startOnCode(code));
            }

            @Override
            public void pin(Code code) {
                model.coding().choosePin(code);
            }

            @Override
            public OptionalInt pinSlot(String codeId) {
                return model.coding().pins().slotOf(codeId);
            }
        };
    }

    @Override
    public void transcripts() {
        transcriptList.table().requestFocus();
    }

    @Override
    public void codebook() {
        codebook.tree().requestFocus();
    }

    @Override
    public void text() {
        transcript.area().requestFocus();
    }

    @Override
    public void side() {
        codingsHere.list().requestFocus();
    }
}
