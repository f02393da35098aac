package dev.hermod.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: a header row, then one row per item, columns padded to fit. */
final class TextTable {
    private static final int MAX_CELL = 60;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; cells are shown with toString, on one line, cut to 60 characters. */
    TextTable row(Object... cells) {
        if (cells.length != headers.size()) throw new IllegalArgumentException("expected " + headers.size() + " cells");
        rows.add(Arrays.stream(cells).map(c -> cut(c == null ? "" : String.valueOf(c))).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append("  ");
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }

    /** Text on one line, cut to {@code max} characters. */
    static String oneLine(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
    }
}
