package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format, detected from the file, read into terms with their definitions verbatim. */
class FormatReadersTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Object[] entry(ImportedTerm t) {
        return new Object[] {t.entry().term(), t.entry().definition(), t.entry().line()};
    }

    @Test
    void read_csvWithHeaderAndRfc4180Quotes_keepsCommasNewlinesAndQuotesInsideTheDefinition() throws Exception {
        // GIVEN a CSV with a header row, a quoted comma, a quoted line break and doubled quotes
        Path csv = file("terms.csv", String.join("\r\n",
                "term,definition",
                "Epoch,\"A full pass over the data, once.\"",
                "Bias,\"The offset b.",
                "Second line.\"",
                "\"Quote \"\"test\"\"\",She said \"\"no\"\" - kept as written",
                "Inch,12\" long",
                ""));

        // WHEN it is read with the format detected
        Importer.Result result = Importer.read(csv, Optional.empty());

        // THEN it is read as CSV, the header is skipped, and each field is exactly what the quotes held
        assertThat(result.format()).isEqualTo(ImportFormat.CSV);
        assertThat(result.terms()).extracting(FormatReadersTest::entry).containsExactly(
                new Object[] {"Epoch", "A full pass over the data, once.", 2},
                new Object[] {"Bias", "The offset b.\nSecond line.", 3},
                new Object[] {"Quote \"test\"", "She said \"\"no\"\" - kept as written", 5},
                new Object[] {"Inch", "12\" long", 6});
    }

    @Test
    void read_csvWithoutHeaderAndTrailingEmptyColumns_readsEveryRow() throws Exception {
        // GIVEN a spreadsheet export with no header, blank rows and empty trailing columns
        Path csv = file("export.csv", "Epoch,One pass.,,\n,,\nBatch, \"A group of examples\" \n");

        // WHEN
        Importer.Result result = Importer.read(csv, Optional.empty());

        // THEN both rows are terms; the spaces around the quoted field are not part of it
        assertThat(result.terms()).extracting(t -> t.entry().term(), t -> t.entry().definition())
                .containsExactly(tuple("Epoch", "One pass."), tuple("Batch", "A group of examples"));
    }

    @Test
    void read_tsvWithHeader_isDetectedFromTheTabs() throws Exception {
        // GIVEN tab-separated lines in a .txt file, with a header row
        Path tsv = file("terms.txt", "Term\tDefinition\nEpoch\tOne pass, over all data.\nLoss\t\"Error\tmeasure\"\n");

        // WHEN
        Importer.Result result = Importer.read(tsv, Optional.empty());

        // THEN it is read as TSV; commas are plain text and a quoted field may hold a tab
        assertThat(result.format()).isEqualTo(ImportFormat.TSV);
        assertThat(result.terms()).extracting(t -> t.entry().term(), t -> t.entry().definition())
                .containsExactly(tuple("Epoch", "One pass, over all data."), tuple("Loss", "Error\tmeasure"));
    }

    @Test
    void read_ankiExportWithHeaderLines_skipsTheHeadersAndTheirColumns() throws Exception {
        // GIVEN an Anki "Notes in Plain Text" export with a separator, html, guid and tags columns
        Path anki = file("deck.txt", String.join("\n",
                "#separator:tab",
                "#html:false",
                "#guid column:1",
                "#tags column:4",
                "abc123\tEpoch\tOne full pass.\tml",
                "def456\tBias\t\"The offset;",
                "learned.\"\t",
                ""));

        // WHEN
        Importer.Result result = Importer.read(anki, Optional.empty());

        // THEN the term and definition are the columns left, with their own line numbers
        assertThat(result.format()).isEqualTo(ImportFormat.ANKI);
        assertThat(result.terms()).extracting(FormatReadersTest::entry).containsExactly(
                new Object[] {"Epoch", "One full pass.", 5},
                new Object[] {"Bias", "The offset;\nlearned.", 6});
    }

    @Test
    void read_ankiExportWithHtml_keepsTheHtmlAndWarns() throws Exception {
        // GIVEN an export with HTML kept
        Path anki = file("deck.txt", "#separator:Semicolon\n#html:true\nEpoch;One <b>full</b> pass.\n");

        // WHEN
        Importer.Result result = Importer.read(anki, Optional.empty());

        // THEN the definition keeps its HTML as written, and the warning says so with the line
        assertThat(result.terms().get(0).entry().definition()).isEqualTo("One <b>full</b> pass.");
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(2);
    }

    @Test
    void read_quizletExportForcedAsAnki_readsTabSeparatedRows() throws Exception {
        // GIVEN a Quizlet export (no header lines at all)
        Path quizlet = file("quizlet.txt", "Epoch\tOne pass\nBatch\tA group\n");

        // WHEN it is read as anki
        Importer.Result result = Importer.read(quizlet, Optional.of(ImportFormat.ANKI));

        // THEN
        assertThat(result.terms()).extracting(t -> t.entry().term()).containsExactly("Epoch", "Batch");
    }

    @Test
    void read_markdownListsInEveryStyle_readsTermAndDefinition() throws Exception {
        // GIVEN bold terms with the colon outside and inside the bold, dashes, em and en dashes
        Path md = file("terms.md", String.join("\n",
                "Week 1 Glossary",                                       // 1
                "===============",                                       // 2
                "",                                                      // 3
                "**Epoch**: One full pass.",                             // 4
                "- **Bias:** The offset",                                // 5
                "  that is learned.",                                    // 6
                "* **Loss** — The error; **lower** is better.",          // 7
                "- **Kernel** - A small matrix of weights.",             // 8
                "1. **Stride** – How far the kernel moves.",             // 9
                "- **Copper cable categories :** Cat 5, 5e or 6\u00a0",  // 10
                ""));

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN every style is an entry; a continuation line joins its definition; the title is not a term
        assertThat(result.format()).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(result.terms()).extracting(FormatReadersTest::entry).containsExactly(
                new Object[] {"Epoch", "One full pass.", 4},
                new Object[] {"Bias", "The offset\nthat is learned.", 5},
                new Object[] {"Loss", "The error; **lower** is better.", 7},
                new Object[] {"Kernel", "A small matrix of weights.", 8},
                new Object[] {"Stride", "How far the kernel moves.", 9},
                new Object[] {"Copper cable categories", "Cat 5, 5e or 6", 10});
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void read_markdownWithAnIntroParagraph_skipsItWithAWarningNamingTheLine() throws Exception {
        // GIVEN an introduction between the title and the list
        Path md = file("terms.md", "# Glossary\n\nThese are this week's terms.\n\n- **Epoch**: One pass.\n- **Bias**: Offset.\n");

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN
        assertThat(result.terms()).hasSize(2);
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(3);
    }

    @Test
    void read_colonLines_splitAtTheFirstColonFollowedBySpace() throws Exception {
        // GIVEN "Term: definition" lines, one with a colon in the term and a URL and colon in the definition
        Path txt = file("terms.txt", String.join("\n",
                "# Week 1",
                "Epoch: One full pass: all the data.",
                "Ratio 1:2: See https://example.org/ratio for more.",
                "Bias: The offset",
                "    that is learned.",
                ""));

        // WHEN
        Importer.Result result = Importer.read(txt, Optional.empty());

        // THEN
        assertThat(result.format()).isEqualTo(ImportFormat.COLON);
        assertThat(result.terms()).extracting(FormatReadersTest::entry).containsExactly(
                new Object[] {"Epoch", "One full pass: all the data.", 2},
                new Object[] {"Ratio 1:2", "See https://example.org/ratio for more.", 3},
                new Object[] {"Bias", "The offset\nthat is learned.", 4});
    }

    @Test
    void read_headingPerTerm_readsEachParagraphUnderItsHeading() throws Exception {
        // GIVEN a title with an introduction, then one ### heading per term, one with two paragraphs
        Path md = file("notes.md", String.join("\n",
                "# Statistics",                     // 1
                "",                                 // 2
                "Terms from the course.",           // 3
                "",                                 // 4
                "### Mean",                         // 5
                "",                                 // 6
                "The average value.",               // 7
                "",                                 // 8
                "### **Median:**",                  // 9
                "The middle value.",                // 10
                "",                                 // 11
                "Second paragraph: kept.",          // 12
                "",                                 // 13
                "---",                              // 14
                "",                                 // 15
                "### C#",                           // 16
                "A language.",                      // 17
                ""));

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN the ### headings are terms, the title's text is skipped with a warning, the rule is not kept
        assertThat(result.format()).isEqualTo(ImportFormat.HEADINGS);
        assertThat(result.terms()).extracting(FormatReadersTest::entry).containsExactly(
                new Object[] {"Mean", "The average value.", 5},
                new Object[] {"Median", "The middle value.\n\nSecond paragraph: kept.", 9},
                new Object[] {"C#", "A language.", 16});
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(3);
    }

    @Test
    void read_sectionHeadingsAboveColonLines_isReadAsColonLines() throws Exception {
        // GIVEN "Term: definition" lines grouped under section headings
        Path md = file("terms.md", "## Week 1\nEpoch: One pass.\nBatch: A group.\n## Week 2\nLoss: The error.\nBias: Offset.\n");

        // WHEN
        Importer.Result result = Importer.read(md, Optional.empty());

        // THEN the sections are not terms
        assertThat(result.format()).isEqualTo(ImportFormat.COLON);
        assertThat(result.terms()).extracting(t -> t.entry().term()).containsExactly("Epoch", "Batch", "Loss", "Bias");
    }

    @Test
    void read_forcedFormat_overridesTheDetection() throws Exception {
        // GIVEN a .csv file that really holds "Term: definition" lines
        Path csv = file("terms.csv", "Epoch: One pass, all data.\n");

        // WHEN it is read as colon lines
        Importer.Result result = Importer.read(csv, Optional.of(ImportFormat.COLON));

        // THEN
        assertThat(result.terms()).extracting(t -> t.entry().definition()).containsExactly("One pass, all data.");
    }

    @Test
    void render_termsWithAliases_writesTheGlossaryFormat() throws Exception {
        // GIVEN a file with a stub that refers to a term
        Path md = file("terms.md", "- **Bayes' theorem:** P(A|B) = P(B|A)P(A)/P(B).\n- **Bayes' rule:** (Refer to Bayes' theorem)\n");

        // WHEN
        String markdown = Importer.render(Importer.read(md, Optional.empty()));

        // THEN "## Term", the alias, a blank line and the definition as written
        assertThat(markdown).isEqualTo("# Glossary imported from terms.md\n\n"
                + "## Bayes' theorem\naliases: Bayes' rule\n\nP(A|B) = P(B|A)P(A)/P(B).\n");
    }
}
