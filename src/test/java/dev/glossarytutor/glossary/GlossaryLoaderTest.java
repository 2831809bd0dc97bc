package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLoaderTest {

    @Test
    void load_shippedGlossary_readsEveryTermWithItsMetadata() throws Exception {
        // WHEN the shipped glossary is loaded
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));

        // THEN every seed term is there (Activation split into its two senses), with metadata
        assertThat(glossary.size()).isEqualTo(44);
        Entry backprop = glossary.get("Backpropagation");
        assertThat(backprop.aliases()).contains("backprop");
        assertThat(backprop.hidden()).contains("backpropogation");
        assertThat(backprop.seeAlso()).containsExactly("Gradient Descent");
        assertThat(glossary.get("Same Convolution").readMore()).containsExactly("Guide on convolutional arithmetic");
        assertThat(glossary.get("Activation maps").seeAlso()).contains("Feature Maps");
        assertThat(backprop.source().line()).isPositive();
    }

    @Test
    void load_definitionWithMathAndQuotes_keepsTheTextExactly(@TempDir Path dir) throws Exception {
        // GIVEN a definition with inline math, typographic quotes and two paragraphs
        String definition = "The offset \\(b\\) in \\(h = \\sum_i f(x_i w_i + b)\\), “so to speak”.\n\nSecond paragraph.";
        Files.writeString(dir.resolve("a.md"), "# Title\n\nIntro text.\n\n## Bias\naliases: offset\n\n" + definition + "\n\n");

        // WHEN
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN the definition is byte for byte what the file holds
        assertThat(glossary.get("Bias").definition()).isEqualTo(definition);
    }

    @Test
    void lint_brokenFile_reportsEveryProblemWithFileAndLine(@TempDir Path dir) throws Exception {
        // GIVEN a file with a duplicate term, an empty definition, an unknown see-also and an unknown key
        Files.writeString(dir.resolve("broken.md"), String.join("\n",
                "## Epoch",                      // 1
                "see also: Nonexistent Term",     // 2
                "",                               // 3
                "A full pass.",                   // 4
                "",                               // 5
                "## Empty",                       // 6
                "",                               // 7
                "## Epoch",                       // 8
                "",                               // 9
                "Again.",                         // 10
                "",                               // 11
                "## Loss",                        // 12
                "synonyms: cost",                 // 13
                "",                               // 14
                "Minimised.",                     // 15
                ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);

        // THEN each problem names the file, the line and the reason
        assertThat(problems).extracting(Problem::toString).containsExactly(
                dir.resolve("broken.md") + ":1: see also 'Nonexistent Term' in Epoch names no glossary term",
                dir.resolve("broken.md") + ":6: empty definition for Empty",
                dir.resolve("broken.md") + ":8: duplicate term 'Epoch', already defined at broken.md:1",
                dir.resolve("broken.md") + ":13: unknown metadata key 'synonyms' in Loss (expected one of: aliases, "
                        + "hidden, see also, read more, tags); if this line is the definition, put a blank line above it");
    }

    @Test
    void load_nameClaimedByTwoTermsAcrossFiles_isRefused(@TempDir Path dir) throws Exception {
        // GIVEN two files whose terms share an alias
        Files.writeString(dir.resolve("a.md"), "## Kernel\naliases: filter\n\nWeights.\n");
        Files.writeString(dir.resolve("b.md"), "## Filter Bank\nhidden: Filter\n\nMany filters.\n");

        // WHEN / THEN
        assertThatThrownBy(() -> GlossaryLoader.load(dir))
                .isInstanceOf(GlossaryException.class)
                .satisfies(e -> assertThat(((GlossaryException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(dir.resolve("b.md"));
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.reason()).contains("'Filter'", "already belongs to Kernel");
                        }));
    }

    @Test
    void load_missingFolder_isAClearProblem(@TempDir Path dir) {
        // WHEN / THEN
        assertThat(GlossaryLoader.lint(dir.resolve("nope")))
                .singleElement().extracting(Problem::reason).isEqualTo("no such glossary folder or file");
    }

    @Test
    void load_folder_readsEveryMarkdownFileButTheReadme(@TempDir Path dir) throws Exception {
        // GIVEN two glossary files and a README
        Files.writeString(dir.resolve("a.md"), "## Alpha\n\nFirst.\n");
        Files.writeString(dir.resolve("b.md"), "## Beta\nsee also: Alpha\n\nSecond.\n");
        Files.writeString(dir.resolve("README.md"), "# How to edit\n\n## Not a term\n\nInstructions.\n");

        // WHEN
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN see-also works across files and the README is not a glossary
        assertThat(glossary.entries()).extracting(Entry::term).containsExactly("Alpha", "Beta");
    }

    @Test
    void lint_linesMeantAsSomethingElse_areReportedInsteadOfQuoted(@TempDir Path dir) throws Exception {
        // GIVEN metadata below the blank line, and a heading without a space after ##
        Files.writeString(dir.resolve("a.md"), String.join("\n",
                "## Alpha",                  // 1
                "",                          // 2
                "aliases: first letter",     // 3
                "",                          // 4
                "The first letter.",         // 5
                "##Beta",                    // 6
                "",                          // 7
                "The second letter.",        // 8
                ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);

        // THEN both are problems with their lines, not text quoted to students
        assertThat(problems).extracting(Problem::line).containsExactly(3, 6);
        assertThat(problems.get(0).reason()).contains("below a blank line");
        assertThat(problems.get(1).reason()).contains("no space after ##");
    }

    @Test
    void load_headingsWithTabsOrAClosingHash_keepTheirTerms(@TempDir Path dir) throws Exception {
        // GIVEN a heading written with a tab, a term ending in #, and a heading closed by hashes
        Files.writeString(dir.resolve("a.md"), "##\tBeta\n\nSecond.\n\n## C#\n\nA language.\n\n## Gamma ##\n\nThird.\n");

        // WHEN
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN each is its own entry with its own definition
        assertThat(glossary.entries()).extracting(Entry::term).containsExactly("Beta", "C#", "Gamma");
        assertThat(glossary.get("Beta").definition()).isEqualTo("Second.");
    }

    @Test
    void load_namesEqualOnceAccentsAreFolded_areRefused(@TempDir Path dir) throws Exception {
        // GIVEN a term and another entry's alias that students cannot tell apart
        Files.writeString(dir.resolve("a.md"), "## Naïve Bayes\n\nA classifier.\n\n## Bayes Rule\naliases: naive bayes\n\nA rule.\n");

        // WHEN / THEN
        assertThat(GlossaryLoader.lint(dir)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("'naive bayes'", "already belongs to Naïve Bayes"));
    }
}
