package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts out repeated terms and cross-reference stubs, comparing names as the lint does (case,
 * punctuation and accents aside):
 * <ul>
 * <li>a term repeated with the same definition, word for word, is kept once, with a warning
 *     naming both lines;</li>
 * <li>a term repeated with a different definition is refused, naming both lines;</li>
 * <li>a stub whose whole definition is "Refer to X", "(Refer to X)" or "(See X)" becomes an alias
 *     of X when X is a term of the file (so students asking for it get X's definition), and is
 *     dropped otherwise; either way with a warning naming its line.</li>
 * </ul>
 */
final class Consolidation {
    private static final Pattern STUB_IN_PARENTHESES = Pattern.compile(
            "^\\(\\s*(?i:refer\\s+to|see)\\s+(.+?)\\s*\\.?\\s*\\)\\s*\\.?$");
    private static final Pattern STUB = Pattern.compile("^(?i:refer\\s+to)\\s+(.+?)\\s*\\.?$");

    private Consolidation() {
    }

    static List<ImportedTerm> consolidate(Path file, List<ImportedEntry> entries, List<Problem> warnings) throws ImportException {
        Map<String, ImportedTerm> terms = new LinkedHashMap<>();
        List<ImportedEntry> stubs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ImportedEntry e : entries) {
            if (stubTarget(e.definition()) != null) {
                stubs.add(e);
                continue;
            }
            String key = GlossaryLoader.nameKey(e.term());
            ImportedTerm first = terms.get(key);
            if (first == null) {
                terms.put(key, new ImportedTerm(e, new ArrayList<>()));
            } else if (first.entry().definition().equals(e.definition())) {
                warnings.add(new Problem(file, e.line(), "'" + e.term() + "' repeats line " + first.entry().line()
                        + " word for word; kept once"));
            } else {
                problems.add(new Problem(file, e.line(), "'" + e.term() + "' is defined again with a different"
                        + " definition (first at line " + first.entry().line() + "); keep one of the two"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        for (ImportedEntry stub : stubs) {
            String target = stubTarget(stub.definition());
            String key = GlossaryLoader.nameKey(stub.term());
            ImportedTerm defined = terms.get(key);
            ImportedTerm referred = terms.get(GlossaryLoader.nameKey(target));
            String what = "'" + stub.term() + "' only says \"" + stub.definition() + "\"";
            if (defined != null) {
                warnings.add(new Problem(file, stub.line(), what + "; dropped, the term is defined at line "
                        + defined.entry().line()));
            } else if (referred == null) {
                warnings.add(new Problem(file, stub.line(), what + "; dropped, no term '" + target + "' in the file"));
            } else if (stub.term().contains(",")) {
                warnings.add(new Problem(file, stub.line(), what + "; dropped, an alias cannot contain a comma"));
            } else {
                boolean known = referred.aliases().stream().anyMatch(a -> GlossaryLoader.nameKey(a).equals(key));
                if (!known) {
                    referred.aliases().add(stub.term());
                }
                warnings.add(new Problem(file, stub.line(), what + "; imported as an alias of '"
                        + referred.entry().term() + "' (line " + referred.entry().line() + ")"));
            }
        }
        return terms.values().stream().map(t -> new ImportedTerm(t.entry(), List.copyOf(t.aliases()))).toList();
    }

    /** X when the whole definition is a cross-reference to X; otherwise null. */
    static String stubTarget(String definition) {
        if (definition.contains("\n")) {
            return null;
        }
        Matcher m = STUB_IN_PARENTHESES.matcher(definition);
        if (m.matches()) {
            return m.group(1);
        }
        m = STUB.matcher(definition);
        return m.matches() ? m.group(1) : null;
    }
}
