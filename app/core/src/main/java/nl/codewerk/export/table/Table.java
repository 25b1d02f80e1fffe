package nl.codewerk.export.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table as a report shows it, independent of the file format: columns (with optional
 * groups spanning several of them), rows of text and numbers, an indent for the first column
 * (code trees) and bold rows (totals). {@link TableXlsx} and {@link TableCsv} write it.
 */
public final class Table {

    /**
     * How a column's cells are written: text, long text (wrapped), whole numbers, numbers
     * with one decimal, or numbers as they are (attribute values).
     */
    public enum Kind {
        TEXT, LONG_TEXT, INTEGER, DECIMAL, NUMBER
    }

    /** {@code maxWidth} in characters; 0: fitted to the content. */
    public record Column(String header, Kind kind, int maxWidth) {
    }

    /** A label above {@code span} consecutive columns, from {@code first}. */
    public record Group(String label, int first, int span) {
    }

    /** Cells are String, Number or null; {@code indent} applies to the first column. */
    public record Row(List<Object> cells, int indent, boolean bold) {
    }

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<int[]> colourScales = new ArrayList<>();
    private int frozenColumns = 1;
    private int printedColumns = Integer.MAX_VALUE;

    /** {@code name} becomes the sheet name. */
    public Table(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Table column(String header, Kind kind) {
        columns.add(new Column(header, kind, 0));
        return this;
    }

    /** A column at most {@code maxWidth} characters wide; a longer header wraps (matrix headers). */
    public Table column(String header, Kind kind, int maxWidth) {
        columns.add(new Column(header, kind, maxWidth));
        return this;
    }

    /** Puts a group label above the next {@code span} columns to be added. */
    public Table group(String label, int span) {
        groups.add(new Group(label, columns.size(), span));
        return this;
    }

    /** Shades the next {@code span} columns to be added by value, as a heat map (matrices). */
    public Table colourScale(int span) {
        colourScales.add(new int[] {columns.size(), columns.size() + span - 1});
        return this;
    }

    /** Column ranges (first, last) shaded by value. */
    public List<int[]> colourScales() {
        return Collections.unmodifiableList(colourScales);
    }

    /** Prints only the first columns (the rest, such as ids, are for sorting and scripts). */
    public Table printedColumns(int count) {
        printedColumns = count;
        return this;
    }

    public int printedColumns() {
        return printedColumns;
    }

    public Table frozenColumns(int count) {
        frozenColumns = count;
        return this;
    }

    public Table row(int indent, boolean bold, Object... cells) {
        return row(indent, bold, Arrays.asList(cells));
    }

    public Table row(int indent, boolean bold, List<Object> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns in " + name);
        }
        rows.add(new Row(new ArrayList<>(cells), indent, bold));
        return this;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public List<Group> groups() {
        return List.copyOf(groups);
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int frozenColumns() {
        return frozenColumns;
    }

    /** Header text of a column with its group label, for formats with a single header line. */
    public String flatHeader(int column) {
        for (Group g : groups) {
            if (column >= g.first() && column < g.first() + g.span()) {
                return g.label() + ": " + columns.get(column).header();
            }
        }
        return columns.get(column).header();
    }
}
