package nl.codewerk.ui.dialog;

import java.util.List;

/** A result to read through: a summary line and sections of lines (imported, skipped, refused). */
public record Report(String title, String summary, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The report as plain text, for copying and for the dialog's text area. */
    public String asText() {
        StringBuilder text = new StringBuilder(summary).append('\n');
        for (Section section : sections) {
            if (section.lines().isEmpty()) {
                continue;
            }
            text.append('\n').append(section.heading()).append('\n');
            for (String line : section.lines()) {
                text.append("  • ").append(line).append('\n');
            }
        }
        return text.toString();
    }
}
