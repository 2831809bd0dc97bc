package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code term,definition} rows (CSV) or {@code term<TAB>definition} rows (TSV), quoted as RFC 4180
 * says: a field in double quotes may hold the separator, line breaks and doubled quotes ({@code ""}).
 * A quote inside an unquoted field is kept as written. Blank rows are skipped, and so is a first
 * row that names the columns ({@code term,definition}) when {@code headerRow} is set. Empty
 * trailing fields (spreadsheets add them) are ignored; any other extra field is refused, since
 * an unquoted separator inside a definition would otherwise cut it short.
 */
final class DelimitedReader implements FormatReader {
    private static final Set<String> TERM_HEADERS = Set.of("term", "terms", "word", "name", "concept", "keyword", "front");
    private static final Set<String> DEFINITION_HEADERS = Set.of("definition", "definitions", "meaning", "description",
            "explanation", "back");

    private final char separator;
    private final boolean headerRow;

    DelimitedReader(char separator, boolean headerRow) {
        this.separator = separator;
        this.headerRow = headerRow;
    }

    /** One row and the line it starts on. */
    record Row(int line, List<String> fields) {
    }

    @Override
    public List<ImportedEntry> read(Path file, String text, List<Problem> warnings) throws ImportException {
        return entries(file, rows(file, text), List.of());
    }

    /**
     * Entries from the rows; {@code skipColumns} (0-based) are left out first (Anki's guid,
     * note type, deck and tags columns).
     */
    List<ImportedEntry> entries(Path file, List<Row> rows, List<Integer> skipColumns) throws ImportException {
        List<ImportedEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean first = true;
        for (Row row : rows) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.fields().size(); i++) {
                if (!skipColumns.contains(i)) {
                    fields.add(row.fields().get(i));
                }
            }
            if (fields.stream().allMatch(Text::isBlank)) {
                continue;
            }
            boolean isFirst = first;
            first = false;
            if (isFirst && headerRow && isHeader(fields)) {
                continue;
            }
            while (fields.size() > 2 && Text.isBlank(fields.get(fields.size() - 1))) {
                fields.remove(fields.size() - 1);
            }
            if (fields.size() == 1) {
                problems.add(new Problem(file, row.line(), "no " + separatorName()
                        + " separating the term from its definition"));
            } else if (fields.size() > 2) {
                problems.add(new Problem(file, row.line(), fields.size() + " fields where 2 (term, definition) were"
                        + " expected; put a definition that contains " + separatorName() + " in double quotes"));
            } else {
                entries.add(ImportedEntry.of(fields.get(0), fields.get(1), row.line()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return entries;
    }

    private static boolean isHeader(List<String> fields) {
        return fields.size() >= 2
                && TERM_HEADERS.contains(Text.trim(fields.get(0)).toLowerCase(Locale.ROOT))
                && DEFINITION_HEADERS.contains(Text.trim(fields.get(1)).toLowerCase(Locale.ROOT));
    }

    private String separatorName() {
        return switch (separator) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "'|'";
            case ' ' -> "space";
            default -> "'" + separator + "'";
        };
    }

    /** Splits the text into rows; an unterminated quote is refused at the line it opens on. */
    List<Row> rows(Path file, String text) throws ImportException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean atFieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atFieldStart && startsQuoted(text, i)) {
                int quoteLine = line;
                i = skipSpaces(text, i) + 1; // past the opening quote
                field.setLength(0);
                while (true) {
                    if (i >= n) {
                        throw new ImportException(List.of(new Problem(file, quoteLine,
                                "unterminated quoted field (the '\"' opened on this line is never closed)")));
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                i = skipSpaces(text, i);
                if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n') {
                    throw new ImportException(List.of(new Problem(file, line, "'" + text.charAt(i)
                            + "' after the closing quote of a quoted field; inside quotes write a quote as \"\"")));
                }
                atFieldStart = false;
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n') {
                fields.add(field.toString());
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                line++;
                rowLine = line;
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
            }
            i++;
        }
        if (!atFieldStart || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** A field that opens with a quote, perhaps after spaces ({@code term, "definition"}). */
    private boolean startsQuoted(String text, int i) {
        int j = skipSpaces(text, i);
        return j < text.length() && text.charAt(j) == '"';
    }

    private int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ' && separator != ' ') {
            i++;
        }
        return i;
    }
}
