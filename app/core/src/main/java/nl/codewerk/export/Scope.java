package nl.codewerk.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.i18n.Messages;

/**
 * The part of a project one report is about: the chosen codes (each with everything under it),
 * the cases in scope (cases some transcript or speaker counts for, narrowed by an attribute
 * filter) and the codings of those codes, by the chosen coder, that count for those cases.
 */
public final class Scope {

    private final ProjectSnapshot snapshot;
    private final ExportFilter filter;
    private final List<Code> codes;
    private final Set<String> codeIds;
    private final Set<Long> cases;
    private final List<ScopedCoding> codings;

    Scope(ProjectSnapshot snapshot, ExportFilter filter) {
        this.snapshot = snapshot;
        this.filter = filter;
        if (filter.coder() != null && !snapshot.coders().contains(filter.coder())) {
            throw new ExportException("export.unknownCoder", filter.coder(), String.join(", ", snapshot.coders()));
        }
        this.codeIds = selectedCodes(snapshot, filter);
        this.codes = snapshot.codebook().inTreeOrder().stream().filter(c -> codeIds.contains(c.id())).toList();
        this.cases = casesInScope(snapshot, filter.attribute());
        List<ScopedCoding> scoped = new ArrayList<>();
        for (Coding coding : snapshot.codings()) {
            if (!codeIds.contains(coding.codeId()) || (filter.coder() != null && !filter.coder().equals(coding.coder()))) {
                continue;
            }
            Long caseId = snapshot.caseOf().caseOf(coding);
            if (filter.attribute() != null && (caseId == null || !cases.contains(caseId))) {
                continue;
            }
            scoped.add(new ScopedCoding(coding, caseId));
        }
        this.codings = List.copyOf(scoped);
    }

    private static Set<String> selectedCodes(ProjectSnapshot snapshot, ExportFilter filter) {
        Set<String> ids = new LinkedHashSet<>();
        if (filter.codes() == null) {
            snapshot.codebook().inTreeOrder().forEach(c -> ids.add(c.id()));
        } else {
            for (String idOrPath : filter.codes()) {
                Code code = snapshot.codebook().require(idOrPath);
                snapshot.codebook().subtree(code.id()).forEach(c -> ids.add(c.id()));
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    private static Set<Long> casesInScope(ProjectSnapshot snapshot, AttributeFilter attributeFilter) {
        Set<Long> linked = snapshot.caseOf().linkedCases();
        Set<Long> out = new LinkedHashSet<>();
        if (attributeFilter == null) {
            snapshot.cases().keySet().stream().filter(linked::contains).forEach(out::add);
            return Collections.unmodifiableSet(out);
        }
        Attribute attribute = snapshot.attribute(attributeFilter.attribute()).orElseThrow(() -> new ExportException(
                "export.unknownAttribute", attributeFilter.attribute(),
                String.join(", ", snapshot.attributes().stream().map(Attribute::name).toList())));
        Object wanted;
        try {
            wanted = AttributeValues.typed(attribute.type(), AttributeValues.canonical(attribute.type(), attributeFilter.value()));
        } catch (RuntimeException e) {
            throw new ExportException("export.badAttributeValue", attributeFilter.value(), attribute.name());
        }
        for (Case c : snapshot.cases().values()) {
            if (linked.contains(c.id()) && Objects.equals(c.attributes().get(attribute.name()), wanted)) {
                out.add(c.id());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public ExportFilter filter() {
        return filter;
    }

    /** The chosen codes in tree order. */
    public List<Code> codes() {
        return codes;
    }

    /** The cases in scope, by name: the denominator of "% of cases". */
    public Set<Long> cases() {
        return cases;
    }

    /** The codings in scope, by transcript and position. */
    public List<ScopedCoding> codings() {
        return codings;
    }

    /** The settings lines every report of this scope states. */
    public Settings describe(Locale locale) {
        Settings settings = new Settings(locale);
        settings.add("project", snapshot.projectName());
        settings.add("exportedAt", LocalDateTime.now().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)));
        settings.add("coder", filter.coder() != null ? filter.coder()
                : Messages.get(locale, "export.allCoders", String.join(", ", snapshot.coders())));
        settings.add("codes", filter.codes() == null ? Messages.get(locale, "export.allCodes")
                : String.join("; ", filter.codes().stream().map(c -> String.join(" / ", snapshot.codebook().path(snapshot.codebook().require(c).id()))).toList()));
        settings.add("caseFilter", filter.attribute() == null ? Messages.get(locale, "export.allCases") : describe(filter.attribute(), locale));
        settings.add("cases", cases.size());
        settings.add("transcripts", snapshot.transcripts().size());
        settings.add("codings", codings.size());
        return settings;
    }

    private String describe(AttributeFilter attributeFilter, Locale locale) {
        Attribute attribute = snapshot.attribute(attributeFilter.attribute()).orElseThrow();
        String value = AttributeValues.display(AttributeValues.typed(attribute.type(),
                AttributeValues.canonical(attribute.type(), attributeFilter.value())), locale);
        return attribute.name() + " = " + value;
    }
}
