package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import dev.glossarytutor.testing.OutsideGlossaries;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two outside glossaries as instructors had them (shared beside the checkout, never copied
 * into the project): imported, they lint clean and hold the same terms and definitions as the
 * hand conversions next to them.
 */
class RawSourcesImportTest {
    @TempDir
    Path dir;

    private static Path shared(String path) {
        return OutsideGlossaries.source(path);
    }

    private Glossary importAndLoad(Path raw, Path out) throws Exception {
        Importer.Result result = Importer.read(raw, Optional.empty());
        Importer.write(Importer.render(result), out, false);
        assertThat(GlossaryLoader.lint(out)).extracting(Problem::toString).isEmpty();
        return GlossaryLoader.load(out);
    }

    private static Map<String, String> definitions(Glossary glossary) {
        Map<String, String> byTerm = new LinkedHashMap<>();
        for (Entry e : glossary.entries()) {
            byTerm.put(e.term(), e.definition());
        }
        return byTerm;
    }

    @Test
    void import_networkingRaw_lintsCleanWithTheHandConvertedTermsAndDefinitions() throws Exception {
        // GIVEN the raw networking glossary (bold terms, colon inside or outside the bold) and its hand conversion
        Path raw = shared("sources/networking-raw.md");
        Path converted = shared("networking/glossary.md");

        // WHEN it is imported
        Importer.Result result = Importer.read(raw, Optional.empty());
        Glossary imported = importAndLoad(raw, dir.resolve("networking.md"));

        // THEN it is read as a Markdown list, with nothing skipped, and matches the hand conversion exactly
        assertThat(result.format()).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(result.warnings()).isEmpty();
        assertThat(definitions(imported)).containsExactlyEntriesOf(definitions(GlossaryLoader.load(converted)));
        assertThat(imported.size()).isEqualTo(59);
    }

    @Test
    void import_statisticsRaw_mergesTheRepeatsAndTurnsTheStubsIntoAliases() throws Exception {
        // GIVEN the raw statistics glossary: two terms listed twice, two "(Refer to …)" stubs
        Path raw = shared("sources/statistics-raw.md");
        Path converted = shared("statistics/glossary.md");

        // WHEN it is imported
        Importer.Result result = Importer.read(raw, Optional.empty());
        Glossary imported = importAndLoad(raw, dir.resolve("statistics.md"));

        // THEN the repeats are kept once and the stubs are aliases, each with a warning naming its lines
        assertThat(result.warnings()).extracting(Problem::line, Problem::reason).containsExactly(
                tuple(29, "'Bayes’ rule' only says \"(Refer to Bayes’ theorem)\";"
                        + " imported as an alias of 'Bayes' theorem' (line 30)"),
                tuple(31, "'Bayesian inference' only says \"(Refer to Bayesian"
                        + " statistics)\"; imported as an alias of 'Bayesian statistics' (line 32)"),
                tuple(147, "'Statistical significance' repeats line 10 word for word;"
                        + " kept once"),
                tuple(170, "'Z-score' repeats line 16 word for word; kept once"));
        assertThat(imported.get("Bayes' theorem").aliases()).containsExactly("Bayes’ rule");
        assertThat(imported.get("Bayesian statistics").aliases()).containsExactly("Bayesian inference");

        // AND the terms and definitions are those of the hand conversion, which dropped the same four entries
        assertThat(definitions(imported)).containsExactlyEntriesOf(definitions(GlossaryLoader.load(converted)));
        assertThat(imported.size()).isEqualTo(103);
    }
}
