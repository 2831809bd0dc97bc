package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical repeats are merged, cross-reference stubs become aliases or are dropped, each with a warning. */
class ConsolidationTest {

    @TempDir
    Path dir;

    @Test
    void read_termRepeatedWordForWord_isKeptOnceWithAWarningNamingBothLines() throws Exception {
        // GIVEN a term listed twice with the same definition
        Path md = Files.writeString(dir.resolve("terms.md"),
                "- **Z-score:** Standard deviations from the mean.\n- **Mean:** The average.\n"
                        + "- **Z-score:** Standard deviations from the mean.\n");

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN the first is kept, in its place
        assertThat(result.terms()).extracting(t -> t.entry().term(), t -> t.entry().line())
                .containsExactly(tuple("Z-score", 1), tuple("Mean", 2));
        assertThat(result.warnings()).extracting(Problem::line, Problem::reason)
                .containsExactly(tuple(3, "'Z-score' repeats line 1 word for word; kept once"));
    }

    @Test
    void read_referToStub_becomesAnAliasOfItsTarget() throws Exception {
        // GIVEN stubs before and after their targets, with a typographic apostrophe and "Refer to" without brackets
        Path md = Files.writeString(dir.resolve("terms.md"), String.join("\n",
                "- **Bayes’ rule:** (Refer to Bayes’ theorem)",
                "- **Bayes' theorem:** A formula.",
                "- **Bayesian statistics:** A method.",
                "- **Bayesian inference:** Refer to Bayesian statistics.",
                ""));

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN the stubs are aliases of the terms they name, and each is reported with its line
        assertThat(result.terms()).extracting(t -> t.entry().term(), ImportedTerm::aliases).containsExactly(
                tuple("Bayes' theorem", java.util.List.of("Bayes’ rule")),
                tuple("Bayesian statistics", java.util.List.of("Bayesian inference")));
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(1, 4);
        assertThat(result.warnings().get(0).reason()).contains("imported as an alias of 'Bayes' theorem' (line 2)");
    }

    @Test
    void read_stubToAnAbsentTerm_isDroppedWithAWarning() throws Exception {
        // GIVEN a stub that names no term in the file
        Path md = Files.writeString(dir.resolve("terms.md"), "- **Mean:** The average.\n- **Average:** (See Mean value)\n");

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN
        assertThat(result.terms()).extracting(t -> t.entry().term()).containsExactly("Mean");
        assertThat(result.warnings()).extracting(Problem::line, Problem::reason).containsExactly(
                tuple(2, "'Average' only says \"(See Mean value)\"; dropped, no term 'Mean value' in the file"));
    }

    @Test
    void stubTarget_definitionThatOnlyMentionsAReference_isNotAStub() {
        // GIVEN definitions that refer to something but say more, and real stubs
        // WHEN / THEN
        assertThat(Consolidation.stubTarget("Refer to the figure, then count the bars.\nAnd more.")).isNull();
        assertThat(Consolidation.stubTarget("A formula (refer to Bayes)")).isNull();
        assertThat(Consolidation.stubTarget("See the figure above")).isNull();
        assertThat(Consolidation.stubTarget("(Refer to Bayes’ theorem)")).isEqualTo("Bayes’ theorem");
        assertThat(Consolidation.stubTarget("(see Mean.)")).isEqualTo("Mean");
        assertThat(Consolidation.stubTarget("Refer to Mean")).isEqualTo("Mean");
    }
}
