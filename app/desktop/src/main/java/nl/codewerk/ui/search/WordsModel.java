package nl.codewerk.ui.search;

import java.nio.file.Path;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.codewerk.search.WordCount;
import nl.codewerk.search.WordList;
import nl.codewerk.export.words.WordListExport;
import nl.codewerk.search.WordListRequest;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;

/** Word frequencies of the project or of the open transcript, and exporting them for a spreadsheet. */
public final class WordsModel {

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final BooleanProperty openTranscriptOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty includeStopWords = new SimpleBooleanProperty(false);
    private final IntegerProperty top = new SimpleIntegerProperty(100);
    private final ObjectProperty<WordList> list = new SimpleObjectProperty<>();
    private final ObservableList<WordCount> words = FXCollections.observableArrayList();
    private String countedIn = "";

    public WordsModel(ProjectSession session, TranscriptModel transcript) {
        this.session = session;
        this.transcript = transcript;
    }

    /** Count only the transcript open in the centre (the whole project when none is open). */
    public BooleanProperty openTranscriptOnlyProperty() {
        return openTranscriptOnly;
    }

    public BooleanProperty includeStopWordsProperty() {
        return includeStopWords;
    }

    /** The most frequent this many words; 0 for all. */
    public IntegerProperty topProperty() {
        return top;
    }

    public ObjectProperty<WordList> listProperty() {
        return list;
    }

    public ObservableList<WordCount> words() {
        return words;
    }

    /** The name of what the shown list counted: a transcript's or the project's. */
    public String scopeName() {
        return countedIn;
    }

    public void count() {
        WordListRequest request = request();
        Transcript open = transcript.transcript();
        String scope = request.transcriptId() != null && open != null ? open.name() : session.name();
        session.run(BackgroundTask.of(progress -> session.project().search().wordFrequencies(request, progress))
                .titled(I18n.t("words.counting"))
                .latestOf("words")
                .onSuccess(counted -> {
                    countedIn = scope;
                    list.set(counted);
                    words.setAll(counted.words());
                }));
    }

    /** Asks where to write the counted words (.csv or .xlsx) and writes them there. */
    public void export() {
        WordList counted = list.get();
        if (counted == null) {
            return;
        }
        session.dialogs().chooseExportFile(I18n.t("words.exportTitle"), I18n.t("words.exportName", scopeName()))
                .ifPresent(file -> session.run(BackgroundTask.action(progress -> WordListExport.write(counted, file))
                        .titled(I18n.t("words.exporting"))
                        .onSuccess(done -> session.dialogs().showInfo(I18n.t("words.exportTitle"), I18n.t("words.exported", fileName(file))))));
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    private WordListRequest request() {
        Transcript open = transcript.transcript();
        WordListRequest request = WordListRequest.PROJECT.withStopWords(includeStopWords.get()).withTop(Math.max(0, top.get()));
        return openTranscriptOnly.get() && open != null ? request.withTranscript(open.id()) : request;
    }
}
