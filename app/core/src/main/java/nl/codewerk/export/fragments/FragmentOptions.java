package nl.codewerk.export.fragments;

import nl.codewerk.export.ExportFilter;

/**
 * What a fragments export holds: the filter (codes, one coder, cases with an attribute value),
 * the attribution template (null: the default, see
 * {@link nl.codewerk.export.AttributionTemplate#defaultFor}), how many words of context to
 * show around each fragment, and whether memos and the transcript name are included.
 */
public record FragmentOptions(ExportFilter filter, String template, int contextWords, boolean includeMemos,
        boolean includeTranscriptName) {

    public static final FragmentOptions DEFAULT = new FragmentOptions(ExportFilter.ALL, null, 0, false, true);

    public FragmentOptions {
        filter = filter == null ? ExportFilter.ALL : filter;
        contextWords = Math.max(0, contextWords);
    }

    public FragmentOptions withFilter(ExportFilter newFilter) {
        return new FragmentOptions(newFilter, template, contextWords, includeMemos, includeTranscriptName);
    }

    public FragmentOptions withTemplate(String newTemplate) {
        return new FragmentOptions(filter, newTemplate, contextWords, includeMemos, includeTranscriptName);
    }

    public FragmentOptions withContextWords(int words) {
        return new FragmentOptions(filter, template, words, includeMemos, includeTranscriptName);
    }

    public FragmentOptions withMemos(boolean memos) {
        return new FragmentOptions(filter, template, contextWords, memos, includeTranscriptName);
    }

    public FragmentOptions withTranscriptName(boolean name) {
        return new FragmentOptions(filter, template, contextWords, includeMemos, name);
    }
}
