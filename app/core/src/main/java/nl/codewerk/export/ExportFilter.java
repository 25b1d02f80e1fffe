package nl.codewerk.export;

import java.util.List;

/**
 * What a report is about; null fields do not filter. {@code codes} are ids or paths, each
 * standing for the code and everything under it; {@code coder} keeps one coder's codings;
 * {@code attribute} keeps the cases with one attribute value.
 */
public record ExportFilter(String coder, List<String> codes, AttributeFilter attribute) {

    public static final ExportFilter ALL = new ExportFilter(null, null, null);

    public ExportFilter {
        coder = coder == null || coder.isBlank() ? null : coder.strip();
        codes = codes == null || codes.isEmpty() ? null : List.copyOf(codes);
    }

    public ExportFilter withCoder(String newCoder) {
        return new ExportFilter(newCoder, codes, attribute);
    }

    public ExportFilter withCodes(List<String> newCodes) {
        return new ExportFilter(coder, newCodes, attribute);
    }

    public ExportFilter withAttribute(AttributeFilter newAttribute) {
        return new ExportFilter(coder, codes, newAttribute);
    }
}
