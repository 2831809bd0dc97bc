package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki "Notes in Plain Text" and Quizlet exports: {@code term<TAB>definition} rows, no header row,
 * quoted as in CSV when a field holds a tab, a quote or a line break. Anki's leading
 * {@code #key:value} lines are read: {@code #separator:} (tab, comma, semicolon, pipe, space or
 * one character; tab when absent) and the {@code #guid/notetype/deck/tags column:N} lines, whose
 * columns are left out so that the first two remaining columns are the term and the definition.
 * With {@code #html:true} the fields keep their HTML as written (a warning says so).
 */
final class AnkiReader implements FormatReader {
    /** An Anki file header line: "#separator:tab", "#html:false", "#deck column:3". */
    static final Pattern HEADER = Pattern.compile("^#([a-z][a-z ]*):(.*)$");
    private static final Pattern SKIPPED_COLUMN = Pattern.compile("^(guid|notetype|deck|tags) column$");

    @Override
    public List<ImportedEntry> read(Path file, String text, List<Problem> warnings) throws ImportException {
        List<String> lines = new ArrayList<>(Text.lines(text));
        char separator = '\t';
        List<Integer> skip = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            String key = m.group(1).strip().toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            if (key.equals("separator")) {
                separator = separator(file, i + 1, value);
            } else if (key.equals("html") && value.equalsIgnoreCase("true")) {
                warnings.add(new Problem(file, i + 1, "#html:true: definitions keep their HTML as written"
                        + " (export with \"Include HTML\" off for plain text)"));
            } else if (SKIPPED_COLUMN.matcher(key).matches()) {
                skip.add(column(file, i + 1, value) - 1);
            }
            lines.set(i, ""); // keeps the line numbers of the rows below
        }
        DelimitedReader rows = new DelimitedReader(separator, false);
        return rows.entries(file, rows.rows(file, String.join("\n", lines)), skip);
    }

    private static char separator(Path file, int line, String value) throws ImportException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "tab" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            case "space" -> ' ';
            case "colon" -> ':';
            default -> {
                if (value.length() == 1) {
                    yield value.charAt(0);
                }
                throw new ImportException(List.of(new Problem(file, line, "unknown #separator '" + value
                        + "' (expected tab, comma, semicolon, pipe, space, colon or one character)")));
            }
        };
    }

    private static int column(Path file, int line, String value) throws ImportException {
        try {
            int column = Integer.parseInt(value);
            if (column >= 1) {
                return column;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ImportException(List.of(new Problem(file, line, "column number '" + value + "' is not 1 or more")));
    }
}
