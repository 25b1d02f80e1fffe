package nl.codewerk.ui.memo;

import nl.codewerk.memo.MemoTarget;

/** The memo in the editor: what it is about, and its id once it has been saved. */
public record MemoDraft(MemoTarget target, String about, Long memoId, String title, String text) {

    public MemoDraft withSaved(long id, String newTitle, String newText) {
        return new MemoDraft(target, about, id, newTitle, newText);
    }
}
