package nl.codewerk.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.codebook.Code;
import nl.codewerk.ui.codebook.CodebookState;
import nl.codewerk.ui.settings.Settings;

/**
 * The codes on Ctrl+1..9. Until someone pins codes in a project, the first nine codes of the
 * codebook are pinned, so the shortcuts work from the first minute; pins are personal settings.
 */
public final class PinnedCodes {

    public static final int SLOTS = 9;

    private final Settings settings;
    private final String projectKey;
    private final ObservableList<String> slots = FXCollections.observableArrayList();

    public PinnedCodes(Settings settings, String projectKey) {
        this.settings = settings;
        this.projectKey = projectKey;
        settings.pinnedCodes(projectKey).ifPresent(slots::setAll);
    }

    /** Code ids by slot (index 0 is Ctrl+1); an empty string is a free slot. */
    public ObservableList<String> slots() {
        return slots;
    }

    /** Fills the default pins once the codebook is known, if none were ever set. */
    public void useDefaultsFrom(CodebookState state) {
        if (settings.pinnedCodes(projectKey).isPresent() || !slots.isEmpty()) {
            return;
        }
        List<String> first = state.codebook().inTreeOrder().stream().filter(Code::active).limit(SLOTS).map(Code::id).toList();
        if (!first.isEmpty()) {
            slots.setAll(first);
        }
    }

    /** The code on Ctrl+slot (1..9), if that code still exists. */
    public Optional<Code> code(int slot, CodebookState state) {
        if (slot < 1 || slot > slots.size()) {
            return Optional.empty();
        }
        return state.code(slots.get(slot - 1));
    }

    public OptionalInt slotOf(String codeId) {
        int index = slots.indexOf(codeId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    public void pin(String codeId, int slot) {
        List<String> next = new ArrayList<>(slots);
        next.replaceAll(id -> id.equals(codeId) ? "" : id);
        while (next.size() < slot) {
            next.add("");
        }
        next.set(slot - 1, codeId);
        slots.setAll(next);
        settings.setPinnedCodes(projectKey, next);
    }
}
