package dev.glossarytutor.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Markdown glossary file. Layout:
 * <pre>
 * ## Term
 * aliases: a, b
 * hidden: misspeling
 * see also: Other Term
 *
 * The definition, quoted exactly, up to the next "## " heading.
 * </pre>
 * Text before the first {@code ##} heading (a title, instructions) is ignored.
 */
final class GlossaryFileParser {
    static final List<String> KEYS = List.of("aliases", "hidden", "see also", "read more", "tags");
    /** "## Term", optionally closed by hashes after a space ("## Term ##"); "## C#" keeps its hash. */
    private static final Pattern HEADING = Pattern.compile("^##[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    /** "##Term": not a heading in Markdown, but surely meant as one. */
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("^##[^#\\s]");
    private static final Pattern METADATA = Pattern.compile("^([A-Za-z][A-Za-z -]{0,19}):\\s*(.*)$");

    private final Path file;
    private final List<Problem> problems;
    private final List<Entry> entries = new ArrayList<>();

    private GlossaryFileParser(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses {@code text}; problems found are appended to {@code problems}. */
    static List<Entry> parse(Path file, String text, List<Problem> problems) {
        GlossaryFileParser parser = new GlossaryFileParser(file, problems);
        parser.run(text.replace("\r\n", "\n").replace('\r', '\n'));
        return parser.entries;
    }

    private void run(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && !isHeading(lines[i])) {
            i++;
        }
        while (i < lines.length) {
            int headingLine = i;
            int next = i + 1;
            while (next < lines.length && !isHeading(lines[next])) {
                next++;
            }
            readEntry(lines, headingLine, next);
            i = next;
        }
    }

    private static boolean isHeading(String line) {
        return line.startsWith("## ") || line.startsWith("##\t") || line.equals("##");
    }

    private void readEntry(String[] lines, int headingIndex, int end) {
        Matcher heading = HEADING.matcher(lines[headingIndex]);
        String term = heading.matches() ? heading.group(1) : "";
        int lineNo = headingIndex + 1;
        if (term.isBlank()) {
            problem(lineNo, "heading has no term name");
            return;
        }
        Metadata meta = new Metadata();
        int i = headingIndex + 1;
        while (i < end && !lines[i].isBlank()) {
            Matcher m = METADATA.matcher(lines[i]);
            if (!m.matches()) {
                break; // the definition starts right under the heading
            }
            String key = m.group(1).strip().toLowerCase(Locale.ROOT).replace('-', ' ');
            if (!KEYS.contains(key)) {
                problem(i + 1, "unknown metadata key '" + m.group(1).strip() + "' in " + term
                        + " (expected one of: " + String.join(", ", KEYS)
                        + "); if this line is the definition, put a blank line above it");
            } else {
                meta.put(key, splitList(m.group(2)), i + 1, this);
            }
            i++;
        }
        reportMisplacedLines(lines, i, end, term);
        String definition = joinDefinition(lines, i, end);
        if (definition.isEmpty()) {
            problem(lineNo, "empty definition for " + term);
            return;
        }
        entries.add(new Entry(term, meta.aliases, meta.hidden, meta.seeAlso, meta.readMore, meta.tags,
                definition, new Source(file, lineNo)));
    }

    /**
     * Lines of the definition that were surely meant as something else: metadata below the blank
     * line (it would be quoted to students as part of the definition) and "##Term" headings.
     */
    private void reportMisplacedLines(String[] lines, int from, int end, String term) {
        int first = from;
        while (first < end && lines[first].isBlank()) {
            first++;
        }
        Matcher m = first < end ? METADATA.matcher(lines[first]) : null;
        if (m != null && m.matches() && KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT).replace('-', ' '))) {
            problem(first + 1, "'" + m.group(1).strip() + ":' of " + term + " is below a blank line, so it would be"
                    + " quoted as the definition; put metadata right under the heading");
        }
        for (int i = from; i < end; i++) {
            if (HEADING_WITHOUT_SPACE.matcher(lines[i]).find()) {
                problem(i + 1, "'" + lines[i].strip() + "' looks like a heading but has no space after ##,"
                        + " so it is read as part of " + term + "'s definition");
            }
        }
    }

    /** The lines from {@code from} to {@code end}, without the blank lines around them. */
    private static String joinDefinition(String[] lines, int from, int end) {
        int first = from;
        int last = end - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        if (first > last) {
            return "";
        }
        return String.join("\n", Arrays.asList(lines).subList(first, last + 1)).strip();
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    void problem(int line, String reason) {
        problems.add(new Problem(file, line, reason));
    }

    /** Metadata of one entry, each key allowed once. */
    private static final class Metadata {
        List<String> aliases = List.of();
        List<String> hidden = List.of();
        List<String> seeAlso = List.of();
        List<String> readMore = List.of();
        List<String> tags = List.of();
        private final List<String> seen = new ArrayList<>();

        void put(String key, List<String> values, int line, GlossaryFileParser parser) {
            if (seen.contains(key)) {
                parser.problem(line, "metadata key '" + key + "' given twice; list every value on one line");
                return;
            }
            seen.add(key);
            switch (key) {
                case "aliases" -> aliases = values;
                case "hidden" -> hidden = values;
                case "see also" -> seeAlso = values;
                case "read more" -> readMore = values;
                case "tags" -> tags = values;
                default -> throw new IllegalStateException("unhandled key " + key);
            }
        }
    }
}
