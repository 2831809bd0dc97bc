package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns an instructor's glossary (CSV, TSV, Markdown list, "Term: definition" lines, an Anki or
 * Quizlet export, or Markdown headings) into the tutor's glossary format, definitions verbatim:
 * {@link #read} detects the format (unless one is given), reads every entry and refuses the
 * input with every problem found; {@link #render} writes the Markdown; {@link #write} puts it
 * in place atomically.
 */
public final class Importer {
    /** A term heading drops hashes after a space ("## Term ##"), so a term cannot end that way. */
    private static final Pattern CLOSING_HASHES = Pattern.compile(".*[ \\t]#+$");

    private Importer() {
    }

    /** What was read: the format, the terms to write and the warnings to show. */
    public record Result(Path source, ImportFormat format, List<ImportedTerm> terms, List<Problem> warnings) {
    }

    /** Reads {@code source}, in {@code format} or the detected one; refuses it with every problem found. */
    public static Result read(Path source, Optional<ImportFormat> format) throws ImportException {
        String text = text(source);
        ImportFormat chosen = format.isPresent() ? format.get() : detect(source, text);
        List<Problem> warnings = new ArrayList<>();
        List<ImportedEntry> entries = chosen.reader().read(source, text, warnings);
        if (entries.isEmpty()) {
            throw new ImportException(List.of(new Problem(source, 1, "no terms found (read as " + chosen.cliName()
                    + "; give --format if that is not the format)")));
        }
        check(source, entries);
        List<ImportedTerm> terms = Consolidation.consolidate(source, entries, warnings);
        return new Result(source, chosen, terms, warnings.stream().sorted().toList());
    }

    private static String text(Path source) throws ImportException {
        if (!Files.isRegularFile(source)) {
            throw new ImportException("no such file: " + source);
        }
        try {
            byte[] bytes = Files.readAllBytes(source);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (Text.isBlank(text)) {
                throw new ImportException(List.of(new Problem(source, 1, "the file is empty")));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportException(List.of(new Problem(source, badUtf8Line(source), "not UTF-8 text; save the file as UTF-8")));
        } catch (IOException e) {
            throw new ImportException("cannot read " + source + ": " + e.getMessage());
        }
    }

    /** Every entry must make a clean "## Term" section that reads back as written. */
    private static void check(Path source, List<ImportedEntry> entries) throws ImportException {
        List<Problem> problems = new ArrayList<>();
        for (ImportedEntry e : entries) {
            if (e.term().isEmpty()) {
                problems.add(new Problem(source, e.line(), "empty term"));
            } else if (e.term().contains("\n")) {
                problems.add(new Problem(source, e.line(), "term '" + e.term().replace("\n", " ") + "' spans several lines"));
            } else if (GlossaryLoader.nameKey(e.term()).isEmpty()) {
                problems.add(new Problem(source, e.line(), "term '" + e.term() + "' has no letter or digit"));
            } else if (CLOSING_HASHES.matcher(e.term()).matches()) {
                problems.add(new Problem(source, e.line(), "term '" + e.term() + "' ends in ' #', which a '## ' heading drops"));
            }
            if (e.definition().isEmpty()) {
                problems.add(new Problem(source, e.line(), "empty definition for '" + e.term() + "'"));
            } else if (e.definition().lines().anyMatch(l -> l.startsWith("##"))) {
                problems.add(new Problem(source, e.line(), "a line of the definition of '" + e.term()
                        + "' starts with '##', which the glossary reads as a term heading"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /**
     * The format the text is in: Anki's {@code #separator:}/{@code #html:} header lines; then the
     * file extension ({@code .csv}, {@code .tsv}); then what most lines look like: tab-separated,
     * bold {@code **Term**} entries, headings with text below, {@code Term: definition}, comma-separated.
     */
    static ImportFormat detect(Path source, String text) throws ImportException {
        List<String> lines = Text.lines(text);
        String firstLine = lines.stream().filter(l -> !Text.isBlank(l)).findFirst().orElse("");
        if (AnkiReader.HEADER.matcher(firstLine).matches()) {
            return ImportFormat.ANKI;
        }
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return ImportFormat.TSV;
        }
        int content = 0;
        int tabs = 0;
        int bold = 0;
        int colons = 0;
        int commas = 0;
        int headingsWithText = 0;
        boolean underHeading = false;
        for (String line : lines) {
            if (Text.isBlank(line) || Text.isRule(line) || Text.isSetextUnderline(line)) {
                continue;
            }
            if (Text.isAtxHeading(line)) {
                underHeading = true;
                continue;
            }
            if (underHeading) {
                headingsWithText++;
                underHeading = false;
            }
            if (Text.isIndented(line) && !line.contains("\t")) {
                continue; // continues the line above in a list or "Term: definition" file
            }
            content++;
            tabs += line.contains("\t") ? 1 : 0;
            bold += MarkdownListReader.ENTRY.matcher(line).matches() ? 1 : 0;
            colons += isColonLine(line) ? 1 : 0;
            commas += line.contains(",") ? 1 : 0;
        }
        if (tabs * 2 > content) {
            return ImportFormat.TSV;
        }
        if (bold > 0 && bold * 2 >= content) {
            return ImportFormat.MARKDOWN;
        }
        boolean colonLines = colons * 2 > content;
        // section headings above many "Term: definition" lines, or one term per heading
        if (headingsWithText > 0 && !(colonLines && colons * 2 > headingsWithText * 3)) {
            return ImportFormat.HEADINGS;
        }
        if (colonLines) {
            return ImportFormat.COLON;
        }
        if (commas * 2 > content) {
            return ImportFormat.CSV;
        }
        throw new ImportException(List.of(new Problem(source, 1, "cannot tell the format; give --format "
                + "csv, tsv, markdown, colon, anki or headings")));
    }

    /** "Term: definition", the term short and free of commas and quotes (which suggest CSV). */
    private static boolean isColonLine(String line) {
        String text = line.strip().replaceFirst("^[-*+][ \\t]+", "");
        int colon = ColonReader.separatorColon(text);
        return colon > 0 && colon <= 100 && text.substring(0, colon).chars().noneMatch(c -> c == ',' || c == '"');
    }

    /** The glossary file: a title, then for each term "## Term", its aliases, a blank line, the definition. */
    public static String render(Result result) {
        StringBuilder out = new StringBuilder();
        out.append("# Glossary imported from ").append(result.source().getFileName()).append("\n");
        for (ImportedTerm t : result.terms()) {
            out.append("\n## ").append(t.entry().term()).append("\n");
            if (!t.aliases().isEmpty()) {
                out.append("aliases: ").append(String.join(", ", t.aliases())).append("\n");
            }
            out.append("\n").append(t.entry().definition()).append("\n");
        }
        return out.toString();
    }

    /**
     * Writes {@code text} to {@code out} all at once: to a temporary file beside it, then moved (or,
     * without {@code force}, linked) into place, so {@code out} is never partly written and an
     * existing file is never replaced unless {@code force}.
     */
    public static void write(String text, Path out, boolean force) throws ImportException {
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        checkTarget(out, force);
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ImportException("folder " + dir + " does not exist");
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC)) {
                os.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (force) {
                move(tmp, target);
            } else {
                placeWithoutReplacing(tmp, target, out);
            }
        } catch (IOException e) {
            throw new ImportException("cannot write " + out + ": " + e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the temporary file is hidden; nothing else to do
            }
        }
    }

    /** Refuses a folder, or an existing file without {@code force}; called before reading too, to fail fast. */
    public static void checkTarget(Path out, boolean force) throws ImportException {
        if (Files.isDirectory(out)) {
            throw new ImportException(out + " is a folder; give a file name");
        }
        if (!force && Files.exists(out)) {
            throw new ImportException(out + " already exists; give --force to replace it");
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link fails if the target appeared meanwhile; where links are not supported, a checked move. */
    private static void placeWithoutReplacing(Path tmp, Path target, Path out) throws IOException, ImportException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(out + " already exists; give --force to replace it");
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                throw new ImportException(out + " already exists; give --force to replace it");
            }
            move(tmp, target);
        }
    }

    /** The line of the first bytes that are not UTF-8 (1 when it cannot tell). */
    private static int badUtf8Line(Path source) {
        try {
            return Math.max(1, GlossaryLoader.badUtf8Line(Files.readAllBytes(source)));
        } catch (IOException e) {
            return 1;
        }
    }
}
