package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.ParentCommand;

/** A change to the codebook: opens the project named before the action and makes one undoable change. */
abstract class CodebookAction extends JsonCommand {

    @ParentCommand
    CodebookCommand parent;

    @Override
    protected final int run() {
        try (Project project = Project.open(parent.file)) {
            change(project.codebook(), project.codebook().codebook(), project);
        }
        return OK;
    }

    abstract void change(CodebookService service, Codebook book, Project project);

    /** Codebook changes are signed by the person at the keyboard, as codings are. */
    static String actor() {
        return CodingService.defaultCoder();
    }

    static CodeJson view(Project project) {
        return new CodeJson(project.codebook().codebook(), project.codebook().codingCounts(), project.codebook().relations());
    }

    /** Prints a code as it is after the change. */
    void printCode(Project project, String codeId, String textKey) {
        CodeJson codes = view(project);
        var code = project.codebook().codebook().get(codeId).orElseThrow();
        print(codes.of(code), text(textKey, code.name(), code.id()) + System.lineSeparator() + codes.lines(code));
    }
}
