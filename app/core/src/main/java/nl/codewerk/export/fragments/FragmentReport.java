package nl.codewerk.export.fragments;

import java.util.List;
import nl.codewerk.export.AttributionTemplate;
import nl.codewerk.export.Scope;

/** The collected fragments of a report, per code in tree order, with what they were collected by. */
public record FragmentReport(Scope scope, FragmentOptions options, AttributionTemplate template, List<CodeFragments> codes) {

    public FragmentReport {
        codes = List.copyOf(codes);
    }

    public int fragmentCount() {
        return codes.stream().mapToInt(c -> c.fragments().size()).sum();
    }

    /** The codes a document shows: those with fragments in their subtree. */
    public List<CodeFragments> shown() {
        return codes.stream().filter(c -> c.fragmentsInSubtree() > 0).toList();
    }
}
