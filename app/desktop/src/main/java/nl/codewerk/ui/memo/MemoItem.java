package nl.codewerk.ui.memo;

import nl.codewerk.memo.Memo;

/** A memo with what it is about, in words ("Transcript Interview 3", "Code Contact"). */
public record MemoItem(Memo memo, String about) {
}
