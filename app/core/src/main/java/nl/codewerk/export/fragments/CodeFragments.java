package nl.codewerk.export.fragments;

import java.util.List;
import nl.codewerk.codebook.Code;
import nl.codewerk.memo.Memo;

/**
 * The fragments of one code, and how many its subtree has (a parent without fragments of its
 * own still heads its children's).
 *
 * @param cases the number of cases its fragments count for: the {@code n} of the theme
 * @param memos memos on the code (only when memos were asked for)
 */
public record CodeFragments(Code code, int depth, List<Fragment> fragments, int cases, int fragmentsInSubtree, List<Memo> memos) {

    public CodeFragments {
        fragments = List.copyOf(fragments);
        memos = List.copyOf(memos);
    }
}
