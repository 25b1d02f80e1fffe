package nl.codewerk.ui.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.control.IndexRange;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.Shell;
import nl.codewerk.ui.dialog.FxDialogService;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.settings.Theme;
import nl.codewerk.ui.task.TaskRunner;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Not a test: opens the real workbench on a small fictional project for screenshots
 * (docs/screenshots). Run with a display, e.g. under Xvfb at 1280x800:
 * {@code java --enable-native-access=ALL-UNNAMED -cp <test class path> nl.codewerk.ui.tools.ScreenshotScene main|start|search|agreement|agreement3|pseudonymise [folder]}
 * ({@code agreement3} lets Bram code more and a third coder, Carla, code too, then compares all three)
 * with {@code -Dtheme=DARK}, {@code -Dlang=nl} or {@code -Dsize=1920x1080} to vary it, then {@code import -window root shot.png}.
 */
public final class ScreenshotScene {
    static Path dir = Path.of(System.getProperty("java.io.tmpdir"), "codewerk-shots");
    static Path file = dir.resolve("JIM-onderzoek.cwk");

    private ScreenshotScene() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            dir = Path.of(args[1]);
            file = dir.resolve("JIM-onderzoek.cwk");
        }
        if (!Files.exists(file)) build();
        App.mode = args.length > 0 ? args[0] : "main";
        if (App.mode.equals("agreement3")) codeByThree();
        Application.launch(App.class, args);
    }

    static void build() throws Exception {
        Path in = Files.createDirectories(dir.resolve("input"));
        Files.writeString(in.resolve("Interview Sanne.txt"), String.join("\n\n",
            "[00:00:05] I: Fijn dat je er bent. Kun je vertellen wie je JIM is?",
            "[00:00:12] R: Mijn JIM is mijn tante Els. Ik heb haar zelf gekozen, omdat ik haar altijd alles kon vertellen, ook toen het thuis niet goed ging.",
            "[00:00:31] I: Hoe vaak zien jullie elkaar?",
            "[00:00:35] R: Meestal één keer per week. Soms vaker, als er iets is op school. Ze appt me ook gewoon tussendoor om te vragen hoe het gaat.",
            "[00:01:02] I: En wat doet ze dan, als er iets is op school?",
            "[00:01:06] R: Ze gaat mee naar gesprekken met mijn mentor op school. Dan zit ze naast me en helpt ze me zeggen wat ik bedoel. Daardoor voel ik me minder alleen in zo'n gesprek.",
            "[00:01:40] I: Hoe is het contact tussen je tante en je hulpverlener?",
            "[00:01:45] R: In het begin was dat lastig. Mijn hulpverlener belde eerst alleen mijn moeder. Nu zitten ze met z'n drieën aan tafel en dat werkt beter, want Els weet wat ik wil.",
            "[00:02:20] I: Wat zou je anders willen?",
            "[00:02:24] R: Dat ik zelf meer mag beslissen over wat er in mijn plan staat. Els zegt altijd: het is jouw leven, jij bepaalt de richting.",
            "[00:02:51] I: Dank je wel voor je verhaal."));
        Files.writeString(in.resolve("Interview Daan.txt"), String.join("\n\n",
            "I: Wie is jouw JIM?",
            "R: Dat is Mo, de trainer van mijn voetbalclub. Ik ken hem al sinds ik tien was.",
            "I: Waarom heb je hem gekozen?",
            "R: Hij is eerlijk. Als ik iets stoms doe zegt hij dat, maar hij blijft wel achter me staan. Dat vertrouwen heb ik bij weinig mensen.",
            "I: Hoe bereikbaar is hij?",
            "R: Hij neemt eigenlijk altijd op. Ook 's avonds laat, toen ik een keer ruzie had thuis en niet wist waar ik heen moest.",
            "I: Wat doet Mo in de gesprekken met de jeugdzorg?",
            "R: Hij legt dingen uit in gewone woorden. De hulpverleners praten soms in afkortingen en dan vraagt Mo gewoon wat ze bedoelen."));
        Files.writeString(in.resolve("Interview Noor.txt"), String.join("\n\n",
            "I: Vertel eens over je JIM.",
            "R: Mijn JIM is de moeder van mijn beste vriendin. Ik woon nu in een gezinshuis en zij is iemand buiten de hulpverlening.",
            "I: Wat betekent dat voor je?",
            "R: Dat er iemand is die niet betaald wordt om er voor mij te zijn. Dat voelt anders. Ze komt ook gewoon op mijn verjaardag.",
            "I: Zie je haar vaak?",
            "R: Om de twee weken ongeveer. Minder dan ik zou willen, want ze woont ver weg."));
        Files.writeString(in.resolve("deelnemers.csv"), "transcript;leeftijd;geslacht;woonsituatie\nInterview Sanne;16;meisje;thuis\nInterview Daan;17;jongen;thuis\nInterview Noor;15;meisje;gezinshuis\n");
        try (Project p = Project.create(file, null)) {
            var cb = p.codebook();
            Code rel = cb.add(new CodebookService.NewCode("relatie", null, "Relatie met de JIM", null, "Hoe de jongere de band met de JIM beschrijft.", null, null, null, "#1E88E5", CodeLevel.AXIAL), "Anna");
            Code vertrouwen = cb.add(new CodebookService.NewCode("vertrouwen", rel.id(), "Vertrouwen", null, "De jongere zegt de JIM te vertrouwen of alles te kunnen vertellen.", "Uitspraken over eerlijkheid, openheid, kunnen vertellen.", "Vertrouwen in hulpverleners: gebruik Samenwerking.", "\"Ik kon haar altijd alles vertellen\"", "#43A047", CodeLevel.OPEN), "Anna");
            Code frequentie = cb.add(new CodebookService.NewCode("frequentie", rel.id(), "Contactfrequentie", null, "Hoe vaak jongere en JIM contact hebben.", null, null, null, "#FB8C00", CodeLevel.OPEN), "Anna");
            Code bereikbaar = cb.add(new CodebookService.NewCode("bereikbaar", rel.id(), "Bereikbaarheid", null, "Of de JIM te bereiken is wanneer het nodig is.", null, null, null, "#8E24AA", CodeLevel.OPEN), "Anna");
            Code rol = cb.add(new CodebookService.NewCode("rol", null, "Rol van de JIM", null, null, null, null, null, "#E53935", CodeLevel.AXIAL), "Anna");
            Code school = cb.add(new CodebookService.NewCode("school", rol.id(), "Steun bij school", null, null, null, null, null, "#00ACC1", CodeLevel.OPEN), "Anna");
            Code tolk = cb.add(new CodebookService.NewCode("tolk", rol.id(), "Vertaler in gesprekken", null, "De JIM legt uit of vertaalt tussen jongere en professionals.", null, null, null, "#F4511E", CodeLevel.OPEN), "Anna");
            Code samen = cb.add(new CodebookService.NewCode("samenwerking", null, "Samenwerking met hulpverlener", null, null, null, null, null, "#6D4C41", CodeLevel.AXIAL), "Anna");
            Code regie = cb.add(new CodebookService.NewCode("regie", null, "Eigen regie", null, "De jongere wil zelf beslissen over de eigen hulp.", null, null, null, "#3949AB", CodeLevel.SELECTIVE), "Anna");
            p.importer().importFiles(List.of(in.resolve("Interview Sanne.txt"), in.resolve("Interview Daan.txt"), in.resolve("Interview Noor.txt")),
                new ImportOptions(null, in.resolve("deelnemers.csv")), Progress.NONE);
            Transcript s = p.transcripts().find("Interview Sanne").orElseThrow();
            code(p, s, "ik haar altijd alles kon vertellen", vertrouwen, "Anna");
            code(p, s, "Ik heb haar zelf gekozen, omdat ik haar altijd alles kon vertellen", rel, "Bram");
            code(p, s, "Meestal één keer per week. Soms vaker, als er iets is op school.", frequentie, "Anna");
            code(p, s, "Ze appt me ook gewoon tussendoor om te vragen hoe het gaat.", bereikbaar, "Anna");
            code(p, s, "Ze gaat mee naar gesprekken met mijn mentor op school.", school, "Anna");
            code(p, s, "helpt ze me zeggen wat ik bedoel", tolk, "Anna");
            code(p, s, "Ze gaat mee naar gesprekken met mijn mentor op school. Dan zit ze naast me en helpt ze me zeggen wat ik bedoel.", rol, "Bram");
            code(p, s, "Nu zitten ze met z'n drieën aan tafel en dat werkt beter, want Els weet wat ik wil.", samen, "Anna");
            code(p, s, "Dat ik zelf meer mag beslissen over wat er in mijn plan staat.", regie, "Anna");
            code(p, s, "het is jouw leven, jij bepaalt de richting", regie, "Anna");
            Transcript d = p.transcripts().find("Interview Daan").orElseThrow();
            code(p, d, "Dat vertrouwen heb ik bij weinig mensen.", vertrouwen, "Anna");
            code(p, d, "Hij neemt eigenlijk altijd op.", bereikbaar, "Anna");
            code(p, d, "Hij legt dingen uit in gewone woorden.", tolk, "Anna");
            Transcript n = p.transcripts().find("Interview Noor").orElseThrow();
            code(p, n, "Dat er iemand is die niet betaald wordt om er voor mij te zijn.", vertrouwen, "Bram");
            code(p, n, "Om de twee weken ongeveer.", frequentie, "Anna");
            p.memos().add(MemoTarget.transcript(s.id()), "Tante als JIM", "Sanne noemt het zelf kiezen twee keer. Vergelijken met Noor: JIM buiten de hulpverlening.", "Anna");
        }
    }

    /**
     * A reliability round of three coders: Bram codes more of the interviews, and Carla codes them
     * too, mostly like Anna, sometimes like Bram, sometimes her own way.
     */
    static void codeByThree() throws Exception {
        try (Project p = Project.open(file)) {
            if (p.codings().coders().contains("Carla")) return;
            var cb = p.codebook().codebook();
            Transcript s = p.transcripts().find("Interview Sanne").orElseThrow();
            code(p, s, "ik haar altijd alles kon vertellen", cb.require("vertrouwen"), "Bram");
            code(p, s, "Meestal één keer per week.", cb.require("frequentie"), "Bram");
            code(p, s, "Ze gaat mee naar gesprekken met mijn mentor op school.", cb.require("school"), "Bram");
            code(p, s, "Dat ik zelf meer mag beslissen", cb.require("regie"), "Bram");
            code(p, s, "Nu zitten ze met z'n drieën aan tafel", cb.require("samenwerking"), "Bram");
            Transcript d0 = p.transcripts().find("Interview Daan").orElseThrow();
            code(p, d0, "Hij is eerlijk.", cb.require("vertrouwen"), "Bram");
            code(p, d0, "Hij neemt eigenlijk altijd op.", cb.require("bereikbaar"), "Bram");
            code(p, d0, "De hulpverleners praten soms in afkortingen", cb.require("tolk"), "Bram");
            code(p, s, "Ik heb haar zelf gekozen", cb.require("vertrouwen"), "Carla");
            code(p, s, "Meestal één keer per week.", cb.require("frequentie"), "Carla");
            code(p, s, "Ze appt me ook gewoon tussendoor", cb.require("bereikbaar"), "Carla");
            code(p, s, "Ze gaat mee naar gesprekken met mijn mentor op school.", cb.require("school"), "Carla");
            code(p, s, "helpt ze me zeggen wat ik bedoel", cb.require("rol"), "Carla");
            code(p, s, "Nu zitten ze met z'n drieën aan tafel", cb.require("samenwerking"), "Carla");
            code(p, s, "Dat ik zelf meer mag beslissen", cb.require("regie"), "Carla");
            Transcript d = p.transcripts().find("Interview Daan").orElseThrow();
            code(p, d, "Hij is eerlijk.", cb.require("vertrouwen"), "Carla");
            code(p, d, "Hij neemt eigenlijk altijd op.", cb.require("bereikbaar"), "Carla");
            code(p, d, "Hij legt dingen uit in gewone woorden.", cb.require("tolk"), "Carla");
            Transcript n = p.transcripts().find("Interview Noor").orElseThrow();
            code(p, n, "Dat er iemand is die niet betaald wordt", cb.require("vertrouwen"), "Carla");
            code(p, n, "Om de twee weken ongeveer.", cb.require("frequentie"), "Carla");
        }
    }

    static void code(Project p, Transcript t, String words, Code code, String coder) {
        int at = t.text().indexOf(words);
        if (at < 0) throw new IllegalStateException(words);
        p.codings().apply(t.id(), at, at + words.length(), code.id(), coder);
    }

    public static class App extends Application {
        static String mode;
        @Override public void start(Stage stage) {
            TaskRunner tasks = TaskRunner.forJavaFx();
            Settings settings = Settings.load(dir.resolve("settings"), tasks.background());
            settings.setCoder("Anna");
            settings.addRecentProject(dir.resolve("Pilot interviews.cwk"));
            settings.addRecentProject(file);
            if (System.getProperty("theme") != null) settings.setTheme(Theme.valueOf(System.getProperty("theme")));
            if (System.getProperty("lang") != null) I18n.setLanguage(Language.fromCode(System.getProperty("lang"), Language.ENGLISH));
            FxDialogService dialogs = new FxDialogService(stage);
            tasks.setDefaultFailureHandler(dialogs::showError);
            Shell shell = new Shell(stage, new AppContext(settings, tasks, dialogs), Optional.empty());
            shell.showStart();
            String[] size = System.getProperty("size", "1280x800").split("x");
            stage.setX(0); stage.setY(0); stage.setWidth(Double.parseDouble(size[0])); stage.setHeight(Double.parseDouble(size[1]));
            stage.show();
            if (mode.startsWith("agreement") || mode.equals("pseudonymise")) {
                shell.opener().open(file);
                when(Duration.millis(500), () -> shell.session().isPresent() && shell.workbenchModel().isPresent(), () -> {
                    var session = shell.session().get();
                    Stage window;
                    if (mode.startsWith("agreement")) {
                        window = nl.codewerk.ui.agreement.AgreementWindow.open(new nl.codewerk.ui.agreement.AgreementModel(session), stage);
                    } else {
                        var pm = new nl.codewerk.ui.privacy.PseudonymiseModel(session);
                        window = nl.codewerk.ui.privacy.PseudonymiseWindow.open(pm, stage);
                    }
                    window.setX(0); window.setY(0); window.setWidth(stage.getWidth()); window.setHeight(stage.getHeight());
                    PauseTransition after = new PauseTransition(Duration.seconds(1.5));
                    after.setOnFinished(e2 -> {
                        var root = window.getScene().getRoot();
                        if (mode.startsWith("agreement")) {
                            if (mode.equals("agreement3")) {
                                root.lookupAll(".coder-check").forEach(box -> ((javafx.scene.control.CheckBox) box).setSelected(true));
                            }
                            ((javafx.scene.control.Button) root.lookup("#agreementRun")).fire();
                            if (mode.equals("agreement3")) {
                                // Once compared, show the pairs of a code all three used.
                                PauseTransition compared = new PauseTransition(Duration.seconds(1.5));
                                compared.setOnFinished(e3 -> ((javafx.scene.control.TableView<?>) root.lookup("#agreementTable"))
                                        .getSelectionModel().select(1));
                                compared.play();
                            }
                        } else {
                            @SuppressWarnings("unchecked")
                            var table = (javafx.scene.control.TableView<nl.codewerk.ui.privacy.PseudonymiseModel.Entry>) root.lookup("#pseudonymTable");
                            for (var entry : table.getItems()) {
                                switch (entry.originalProperty().get()) {
                                    case "Els" -> entry.replacementProperty().set("[tante]");
                                    case "Mo" -> entry.replacementProperty().set("[trainer]");
                                    case "Sanne" -> entry.replacementProperty().set("Jongere A");
                                    default -> { }
                                }
                            }
                            ((javafx.scene.control.Button) root.lookup("#pseudonymPreviewButton")).fire();
                        }
                    });
                    after.play();
                });
            }
            if (mode.equals("search")) {
                shell.opener().open(file);
                whenTranscriptsShown(shell, m -> {
                    // Opens the Search tab as the menu does (Search > Find in transcripts).
                    var bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                    bar.getMenus().stream().filter(menu -> "searchMenu".equals(menu.getId())).findFirst().orElseThrow()
                            .getItems().stream().filter(item -> "findInTranscripts".equals(item.getId())).findFirst().orElseThrow().fire();
                    m.search().queryProperty().set("school OR gesprek*");
                    m.search().search();
                    // The first search builds the index in the background; open a hit once there are hits.
                    when(Duration.millis(300), () -> m.search().hits().size() >= 2, () -> m.search().jumpTo(m.search().hits().get(1)));
                });
            }
            if (mode.equals("main")) {
                shell.opener().open(file);
                whenTranscriptsShown(shell, m -> {
                    var row = m.transcripts().rows().stream().filter(r -> r.name().equals("Interview Sanne")).findFirst().orElseThrow();
                    m.transcript().open(row.id());
                    PauseTransition after = new PauseTransition(Duration.seconds(1.5));
                    after.setOnFinished(e2 -> {
                        String text = m.transcript().transcript().text();
                        int at = text.indexOf("Ze gaat mee naar");
                        m.transcript().jumpTo(new IndexRange(at + 3, at + 3));
                        m.codebook().selectedProperty().set(m.codebook().state().code("vertrouwen").orElseThrow());
                        m.retrieval().retrieve(m.codebook().state().code("vertrouwen").orElseThrow());
                    });
                    after.play();
                });
            }
        }

        /** Once the workbench lists the project's transcripts, runs the step with its model. */
        private static void whenTranscriptsShown(Shell shell, java.util.function.Consumer<nl.codewerk.ui.workbench.WorkbenchModel> step) {
            when(Duration.millis(500), () -> shell.workbenchModel().filter(m -> !m.transcripts().rows().isEmpty()).isPresent(),
                    () -> step.accept(shell.workbenchModel().get()));
        }

        /** Checks on the JavaFX thread at each interval until ready, then runs the step once. */
        private static void when(Duration every, java.util.function.BooleanSupplier ready, Runnable step) {
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(every, e -> {
                if (ready.getAsBoolean()) {
                    poll.stop();
                    step.run();
                }
            }));
            poll.setCycleCount(Animation.INDEFINITE);
            poll.play();
        }
    }
}
