package dev.glossarytutor.glossary;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads every {@code *.md} file of a glossary folder (or one file) and checks it as a whole:
 * a term defined twice, a name claimed by two terms, or a see-also that names no term are
 * problems even when they span files.
 */
public final class GlossaryLoader {

    private GlossaryLoader() {
    }

    /** Loads the glossary, or fails with every problem found. */
    public static Glossary load(Path folderOrFile) throws GlossaryException {
        return load(folderOrFile, GlossaryLimits.NONE);
    }

    /**
     * Loads the glossary within {@code limits}, or fails with every problem found. A glossary over the
     * size limit is refused before any file is read; one with too many terms once parsed.
     */
    public static Glossary load(Path folderOrFile, GlossaryLimits limits) throws GlossaryException {
        List<Problem> tooBig = checkSize(folderOrFile, limits);
        if (!tooBig.isEmpty()) {
            throw new GlossaryException(tooBig);
        }
        List<Problem> problems = new ArrayList<>();
        Glossary glossary = read(folderOrFile, problems);
        if (problems.isEmpty() && glossary.size() > limits.maxTerms()) {
            problems.add(new Problem(folderOrFile, 0, "the glossary has " + glossary.size() + " terms; the limit is "
                    + limits.maxTerms() + " (TUTOR_GLOSSARY_MAX_TERMS)"));
        }
        if (!problems.isEmpty()) {
            throw new GlossaryException(problems);
        }
        return glossary;
    }

    /** The size of the glossary's files, from the file system alone; a problem when over the limit. */
    static List<Problem> checkSize(Path folderOrFile, GlossaryLimits limits) {
        long total = 0;
        List<Problem> ignored = new ArrayList<>();
        List<Path> files = Files.isDirectory(folderOrFile) ? files(folderOrFile, ignored) : List.of(folderOrFile);
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    total += Files.size(file);
                }
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        if (total > limits.maxBytes()) {
            return List.of(new Problem(folderOrFile, 0, "the glossary is " + GlossaryLimits.size(total)
                    + "; the limit is " + GlossaryLimits.size(limits.maxBytes())
                    + " (TUTOR_GLOSSARY_MAX_BYTES). Nothing was read; split the course or raise the limit."));
        }
        return List.of();
    }

    /** Every problem of the glossary, sorted by file and line; empty when it is clean. */
    public static List<Problem> lint(Path folderOrFile) {
        List<Problem> problems = new ArrayList<>();
        read(folderOrFile, problems);
        return problems.stream().sorted().toList();
    }

    private static Glossary read(Path folderOrFile, List<Problem> problems) {
        List<Path> files = files(folderOrFile, problems);
        List<Entry> entries = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            if (Thread.currentThread().isInterrupted()) {
                problems.add(new Problem(folderOrFile, 0, "reading was cancelled"));
                break;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                entries.addAll(GlossaryFileParser.parse(file, stripBom(text), problems));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(file, badUtf8Line(file), "not UTF-8 text; save the file as UTF-8"));
            } catch (java.nio.file.AccessDeniedException e) {
                problems.add(new Problem(file, 0, "cannot read: permission denied"));
            } catch (IOException e) {
                problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
            }
        }
        if (files.size() > 0 && entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(files.get(0), 1, "no terms found; each term starts with a '## Term' heading"));
        }
        checkNames(entries, problems);
        checkSeeAlso(entries, problems);
        return new Glossary(withoutClashingHeadingNames(entries), HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /**
     * The 1-based line of the first byte sequence in {@code bytes} that is not UTF-8, or 0 when all
     * of it is.
     */
    public static int badUtf8Line(byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (!result.isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int badUtf8Line(Path file) {
        try {
            return Math.max(1, badUtf8Line(Files.readAllBytes(file)));
        } catch (IOException e) {
            return 1;
        }
    }

    /**
     * Why {@code file}, found in the glossary folder, cannot be read as a glossary file, or null when
     * it can: a symbolic link to nowhere, a FIFO, socket or device (never opened: reading a FIFO would
     * wait for a writer), a file this process may not read.
     */
    private static String unreadable(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(file));
            } catch (IOException e) {
                target = "?";
            }
            return "a symbolic link to " + target + ", which does not exist; fix or remove the link";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file (a FIFO, socket or device); remove it or replace it with a text file";
        }
        if (!Files.isReadable(file)) {
            return "cannot read: permission denied";
        }
        return null;
    }

    /** A file of a glossary folder: any {@code *.md} but a {@code README.md}. */
    static boolean isGlossaryFile(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md") && !Files.isDirectory(p);
    }

    private static List<Path> files(Path folderOrFile, List<Problem> problems) {
        if (Files.isRegularFile(folderOrFile) || Files.isSymbolicLink(folderOrFile) && !Files.exists(folderOrFile)
                || Files.exists(folderOrFile) && !Files.isDirectory(folderOrFile)) {
            String why = unreadable(folderOrFile);
            if (why != null) {
                problems.add(new Problem(folderOrFile, 0, why));
                return List.of();
            }
            return List.of(folderOrFile);
        }
        if (!Files.isDirectory(folderOrFile)) {
            problems.add(new Problem(folderOrFile, 0, "no such glossary folder or file"));
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folderOrFile)) {
            List<Path> candidates = listing.filter(GlossaryLoader::isGlossaryFile).sorted().toList();
            List<Path> files = new ArrayList<>();
            for (Path p : candidates) {
                String why = unreadable(p);
                if (why == null) {
                    files.add(p);
                } else {
                    problems.add(new Problem(p, 0, why));
                }
            }
            if (files.isEmpty() && candidates.isEmpty()) {
                problems.add(new Problem(folderOrFile, 0, "no *.md glossary files in this folder"));
            }
            return files;
        } catch (IOException e) {
            problems.add(new Problem(folderOrFile, 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    /** A name (term, alias or hidden variant) may belong to one term only. */
    private static void checkNames(List<Entry> entries, List<Problem> problems) {
        Map<String, Entry> terms = new LinkedHashMap<>();
        for (Entry e : entries) {
            Entry earlier = terms.putIfAbsent(nameKey(e.term()), e);
            if (earlier != null) {
                problems.add(problem(e, "duplicate term '" + e.term() + "', already defined at " + earlier.source()));
            }
        }
        Map<String, Entry> owners = new LinkedHashMap<>();
        terms.values().forEach(e -> owners.put(nameKey(e.term()), e));
        for (Entry e : entries) {
            for (String name : e.aliases().isEmpty() && e.hidden().isEmpty() ? List.<String>of()
                    : Stream.concat(e.aliases().stream(), e.hidden().stream()).toList()) {
                Entry owner = owners.putIfAbsent(nameKey(name), e);
                if (owner != null && owner != e) {
                    problems.add(problem(e, "name '" + name + "' of " + e.term()
                            + " already belongs to " + owner.term() + " (" + owner.source() + ")"));
                }
            }
        }
    }

    /**
     * Heading names are read from headings, not written by the instructor, so a clash is no
     * problem to report: a heading name that another entry also claims, as its term, alias, hidden
     * variant or heading name, is dropped ("false positive" from {@code Type I error (false
     * positive)} when the glossary also defines {@code False positive}). Names are compared as
     * {@link #nameKey} folds them.
     */
    static List<Entry> withoutClashingHeadingNames(List<Entry> entries) {
        Map<String, Set<Integer>> claims = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            for (String name : Stream.of(List.of(e.term()), e.aliases(), e.hidden(), e.headingNames())
                    .flatMap(List::stream).toList()) {
                claims.computeIfAbsent(nameKey(name), k -> new HashSet<>()).add(i);
            }
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int self = i;
            List<String> kept = e.headingNames().stream()
                    .filter(n -> claims.get(nameKey(n)).stream().allMatch(owner -> owner == self))
                    .toList();
            out.add(kept.size() == e.headingNames().size() ? e : e.withHeadingNames(kept));
        }
        return out;
    }

    private static void checkSeeAlso(List<Entry> entries, List<Problem> problems) {
        Map<String, Entry> terms = new LinkedHashMap<>();
        entries.forEach(e -> terms.putIfAbsent(nameKey(e.term()), e));
        for (Entry e : entries) {
            for (String ref : e.seeAlso()) {
                Entry target = terms.get(nameKey(ref));
                if (target == null) {
                    problems.add(problem(e, "see also '" + ref + "' in " + e.term() + " names no glossary term"));
                } else if (target == e) {
                    problems.add(problem(e, "see also of " + e.term() + " names the term itself"));
                }
            }
        }
    }

    private static Problem problem(Entry e, String reason) {
        return new Problem(e.source().file(), e.source().line(), reason);
    }

    /** Names collide when they differ only in case, spacing, hyphens or punctuation. */
    /**
     * Names that students cannot tell apart: case, punctuation and accents folded as the matcher
     * folds them ("Naïve Bayes" and "naive bayes" are one name). Public so that tools which
     * build glossary files (the importer) find the duplicates this lint would refuse.
     */
    public static String nameKey(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
