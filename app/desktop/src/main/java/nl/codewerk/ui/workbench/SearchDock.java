package nl.codewerk.ui.workbench;

import static nl.codewerk.ui.workbench.WorkbenchMenus.item;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.search.SearchPane;
import nl.codewerk.ui.search.WordsPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The centre column: the transcript, with Search and Word frequencies below it once asked for.
 * Below rather than beside, because a keyword-in-context line needs the width and opening a
 * hit should leave the hits in view.
 */
final class SearchDock {

    private final WorkbenchModel model;
    private final SplitPane centre = new SplitPane();
    private final TabPane tabs = new TabPane();
    private final SearchPane search;
    private final Tab searchTab;
    private final Tab wordsTab;

    SearchDock(WorkbenchModel model, Node transcript) {
        this.model = model;
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().add(transcript);
        search = new SearchPane(model.search(), model.transcripts(), model.codebook());
        searchTab = new Tab(I18n.t("search.tab"), search);
        searchTab.setId("searchTab");
        searchTab.setGraphic(Icons.of(MaterialDesignM.MAGNIFY));
        wordsTab = new Tab(I18n.t("words.tab"), new WordsPane(model.words()));
        wordsTab.setId("wordsTab");
        wordsTab.setGraphic(Icons.of(MaterialDesignF.FORMAT_LIST_NUMBERED));
        tabs.setId("searchDock");
        // Closing the last tab gives the transcript its full height back.
        tabs.getTabs().subscribe(() -> {
            if (tabs.getTabs().isEmpty()) {
                centre.getItems().remove(tabs);
            }
        });
    }

    Node node() {
        return centre;
    }

    Menu menu() {
        MenuItem find = item(I18n.t("menu.search.find"), MaterialDesignM.MAGNIFY, "Shortcut+Shift+F", this::showSearch);
        find.setId("findInTranscripts");
        MenuItem words = item(I18n.t("menu.search.words"), MaterialDesignF.FORMAT_LIST_NUMBERED, null, this::showWords);
        words.setId("wordFrequencies");
        Menu menu = new Menu(I18n.t("menu.search"), null, find, words);
        menu.setId("searchMenu");
        return menu;
    }

    void showSearch() {
        show(searchTab);
        // The tab's content joins the scene only when its skin is made; focus needs it there.
        centre.applyCss();
        centre.layout();
        search.query().requestFocus();
        search.query().selectAll();
    }

    void showWords() {
        show(wordsTab);
        if (model.words().listProperty().get() == null) {
            model.words().count();
        }
    }

    private void show(Tab tab) {
        if (!tabs.getTabs().contains(tab)) {
            tabs.getTabs().add(tab == searchTab ? 0 : tabs.getTabs().size(), tab);
        }
        if (!centre.getItems().contains(tabs)) {
            centre.getItems().add(tabs);
            centre.setDividerPositions(0.4);
        }
        tabs.getSelectionModel().select(tab);
    }
}
