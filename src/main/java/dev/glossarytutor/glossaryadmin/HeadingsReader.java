package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown where each term is a heading ({@code #}, {@code ##}, {@code ###}, … or a setext
 * heading) and its definition is the paragraph(s) below it, up to the next heading of the same
 * or a higher level. The term level is the level most headings with text below them have (the
 * deeper one on a tie), so a title or section headings above the terms ({@code # Glossary},
 * {@code ## Week 1}) are not terms; text under them is skipped with a warning. Deeper headings
 * inside a definition stay part of it. A term heading with nothing below it is an empty definition.
 */
final class HeadingsReader implements FormatReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern BOLD = Pattern.compile("^(\\*\\*|__)(.+)\\1$");

    /** A heading: where it is, where its text starts, its level and its text. */
    private record Heading(int line, int bodyStart, int level, String text) {
    }

    @Override
    public List<ImportedEntry> read(Path file, String text, List<Problem> warnings) throws ImportException {
        List<String> lines = Text.lines(text);
        List<Heading> headings = headings(lines);
        int termLevel = termLevel(lines, headings);
        if (termLevel == 0) {
            throw new ImportException(List.of(new Problem(file, 1, "no heading with a definition below it")));
        }
        int firstHeading = headings.get(0).line();
        warnIfText(file, lines, 0, firstHeading, "skipped: text above the first heading", warnings);
        List<ImportedEntry> entries = new ArrayList<>();
        int consumedUntil = 0;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.line() < consumedUntil) {
                continue; // a deeper heading inside the definition above
            }
            int next = k + 1 < headings.size() ? headings.get(k + 1).line() : lines.size();
            if (h.level() < termLevel) {
                warnIfText(file, lines, h.bodyStart(), next, "skipped: text under the section heading '"
                        + h.text() + "'", warnings);
                continue;
            }
            int end = lines.size();
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    end = headings.get(j).line();
                    break;
                }
            }
            consumedUntil = end;
            entries.add(ImportedEntry.of(h.text(), body(lines, h.bodyStart(), end), h.line() + 1));
        }
        return entries;
    }

    private static List<Heading> headings(List<String> lines) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = ATX.matcher(line);
            if (m.matches()) {
                headings.add(new Heading(i, i + 1, m.group(1).length(), clean(m.group(2) == null ? "" : m.group(2))));
            } else if (Text.isSetextText(lines, i) && !Text.isRule(line)) {
                int level = Text.trim(lines.get(i + 1)).startsWith("=") ? 1 : 2;
                headings.add(new Heading(i, i + 2, level, clean(line)));
                i++;
            }
        }
        return headings;
    }

    /** The heading's text without bold around it or a colon after it. */
    private static String clean(String heading) {
        String text = Text.trim(heading);
        Matcher bold = BOLD.matcher(text);
        if (bold.matches()) {
            text = Text.trim(bold.group(2));
        }
        if (text.endsWith(":")) {
            text = Text.trim(text.substring(0, text.length() - 1));
        }
        return text;
    }

    /** The level most headings with text below them have; the deeper on a tie; 0 if none has text. */
    private static int termLevel(List<String> lines, List<Heading> headings) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = 0; k < headings.size(); k++) {
            int next = k + 1 < headings.size() ? headings.get(k + 1).line() : lines.size();
            if (!body(lines, headings.get(k).bodyStart(), next).isEmpty()) {
                counts.merge(headings.get(k).level(), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Lines {@code from} to {@code end} as written, without blank lines or rules at either end. */
    private static String body(List<String> lines, int from, int end) {
        int first = from;
        int last = end - 1;
        while (first <= last && (Text.isBlank(lines.get(first)) || Text.isRule(lines.get(first)))) {
            first++;
        }
        while (last >= first && (Text.isBlank(lines.get(last)) || Text.isRule(lines.get(last)))) {
            last--;
        }
        return first > last ? "" : String.join("\n", lines.subList(first, last + 1));
    }

    private static void warnIfText(Path file, List<String> lines, int from, int end, String reason, List<Problem> warnings) {
        for (int i = from; i < end; i++) {
            if (!Text.isBlank(lines.get(i)) && !Text.isRule(lines.get(i))) {
                warnings.add(new Problem(file, i + 1, reason));
                return;
            }
        }
    }
}
