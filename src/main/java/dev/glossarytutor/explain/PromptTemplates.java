package dev.glossarytutor.explain;

import dev.glossarytutor.glossary.Entry;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, one plain-text file per {@link Style} ({@code simpler.txt},
 * {@code example.txt}, {@code analogy.txt}), with named placeholders such as
 * {@code {{definition}}}. Only glossary data, the style and a validated language tag can fill a
 * placeholder: nothing a student typed ever reaches a prompt.
 *
 * <p>Every template is checked when loaded; a missing file, an unknown or unclosed placeholder
 * or a template without {@code {{definition}}} fails with every problem listed. A failed
 * {@link #reload()} keeps the templates in use.
 */
final class PromptTemplates {
    /** Every placeholder a template may use. */
    static final Set<String> PLACEHOLDERS = Set.of("term", "definition", "aliases", "see_also", "style", "language");
    /** Placeholders every template must use: a rephrasing is of the definition, not of the term's name. */
    static final Set<String> REQUIRED = Set.of("definition");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final String NONE = "(none)";

    private final Path folder;
    private volatile Map<Style, Template> templates;

    private PromptTemplates(Path folder, Map<Style, Template> templates) {
        this.folder = folder;
        this.templates = templates;
    }

    /**
     * Loads and checks the templates of every style from {@code folder}.
     *
     * @throws PromptTemplateException listing every problem found
     */
    static PromptTemplates load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new PromptTemplates(folder, read(folder));
    }

    /**
     * Reads the folder again. On success the new templates replace the old ones at once; on
     * failure the old ones stay in use and the problems are thrown.
     */
    void reload() {
        templates = read(folder);
    }

    Path folder() {
        return folder;
    }

    /** Fills the style's template with the entry's data and the language. */
    Prompt render(Style style, Entry entry, LanguageTag language) {
        Template template = templates.get(style);
        Map<String, String> values = Map.of(
                "term", entry.term(),
                "definition", entry.definition(),
                "aliases", entry.aliases().isEmpty() ? NONE : String.join(", ", entry.aliases()),
                "see_also", entry.seeAlso().isEmpty() ? NONE : String.join(", ", entry.seeAlso()),
                "style", style.id(),
                "language", language.describe());
        // One pass over the template: a definition that happens to contain "{{term}}" stays as written.
        Matcher m = PLACEHOLDER.matcher(template.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return new Prompt(out.toString(), template.hash());
    }

    private static Map<Style, Template> read(Path folder) {
        List<String> problems = new ArrayList<>();
        Map<Style, Template> loaded = new EnumMap<>(Style.class);
        if (!Files.isDirectory(folder)) {
            problems.add(folder + ": prompt templates folder not found (set TUTOR_PROMPTS to the folder holding "
                    + String.join(", ", fileNames()) + ")");
            throw new PromptTemplateException(problems);
        }
        for (Style style : Style.values()) {
            Path file = folder.resolve(style.fileName());
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                List<String> found = check(file, text);
                if (found.isEmpty()) {
                    loaded.put(style, new Template(text, sha256(text)));
                }
                problems.addAll(found);
            } catch (NoSuchFileException e) {
                problems.add(file + ": missing; every style needs a template (" + String.join(", ", fileNames()) + ")");
            } catch (CharacterCodingException e) {
                problems.add(file + ":1: not UTF-8 text; save the file as UTF-8");
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new PromptTemplateException(problems);
        }
        return Map.copyOf(loaded);
    }

    /** Every problem of one template's text, as {@code file:line: reason}. */
    static List<String> check(Path file, String text) {
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(file + ":1: the template is empty");
            return problems;
        }
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (PLACEHOLDERS.contains(name)) {
                used.add(name);
            } else {
                problems.add(file + ":" + line(text, m.start()) + ": unknown placeholder {{" + name + "}}; known: "
                        + String.join(", ", new TreeSet<>(PLACEHOLDERS)));
            }
            rest.append(text, last, m.start()).append(" ".repeat(m.end() - m.start()));
            last = m.end();
        }
        rest.append(text.substring(last));
        for (String brace : List.of("{{", "}}")) {
            int at = rest.indexOf(brace);
            if (at >= 0) {
                problems.add(file + ":" + line(text, at) + ": unbalanced '" + brace
                        + "'; a placeholder is written {{name}}");
            }
        }
        for (String required : new TreeSet<>(REQUIRED)) {
            if (!used.contains(required)) {
                problems.add(file + ":1: the required placeholder {{" + required + "}} is missing");
            }
        }
        return problems;
    }

    private static List<String> fileNames() {
        return java.util.Arrays.stream(Style.values()).map(Style::fileName).toList();
    }

    private static int line(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Template(String text, String hash) {
    }
}
