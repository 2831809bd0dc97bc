package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the importer cannot read is refused with file, line and reason. */
class BadInputTest {

    @TempDir
    Path dir;

    private List<String> refusal(String name, String text) throws Exception {
        return refusal(name, text, Optional.empty());
    }

    private List<String> refusal(String name, String text, Optional<ImportFormat> format) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        ImportException e = catchThrowableOfType(ImportException.class, () -> Importer.read(file, format));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.reason()).toList();
    }

    @Test
    void read_csvWithUnterminatedQuote_isRefusedAtTheLineTheQuoteOpens() throws Exception {
        // GIVEN a quoted definition on line 3 that is never closed
        String csv = "Epoch,One pass.\nBatch,A group.\nBias,\"The offset\nLoss,The error.\n";

        // WHEN / THEN
        assertThat(refusal("terms.csv", csv)).containsExactly(
                "terms.csv:3: unterminated quoted field (the '\"' opened on this line is never closed)");
    }

    @Test
    void read_csvWithTextAfterAClosingQuote_isRefused() throws Exception {
        // GIVEN a quote that is not doubled inside a quoted field
        assertThat(refusal("terms.csv", "Epoch,\"One \"full\" pass\"\n"))
                .singleElement().asString().startsWith("terms.csv:1: 'f' after the closing quote");
    }

    @Test
    void read_csvRowWithoutSeparatorOrWithAnUnquotedComma_isRefusedWithEveryLine() throws Exception {
        // GIVEN a row with no comma and a row whose definition has an unquoted comma
        String csv = "Epoch,One pass.\nBatch\nLoss,The error, measured.\n";

        // WHEN / THEN both rows are named
        assertThat(refusal("terms.csv", csv)).containsExactly(
                "terms.csv:2: no comma separating the term from its definition",
                "terms.csv:3: 3 fields where 2 (term, definition) were expected; put a definition that contains"
                        + " comma in double quotes");
    }

    @Test
    void read_tsvLineWithoutTab_isRefused() throws Exception {
        assertThat(refusal("terms.tsv", "Epoch\tOne pass.\nBatch a group\n"))
                .containsExactly("terms.tsv:2: no tab separating the term from its definition");
    }

    @Test
    void read_colonLineWithoutColon_isRefused() throws Exception {
        // GIVEN a "Term: definition" file with a line that has no separator
        String txt = "Epoch: One pass.\nBatch: A group.\nLoss the error\n";

        // WHEN / THEN
        assertThat(refusal("terms.txt", txt)).containsExactly("terms.txt:3: no ':' separating the term from its"
                + " definition (a line that continues the definition above must be indented)");
    }

    @Test
    void read_markdownBoldTermWithoutSeparator_isRefused() throws Exception {
        assertThat(refusal("terms.md", "- **Epoch**: One pass.\n- **Batch** a group of examples\n")).containsExactly(
                "terms.md:2: no ':' or dash between **Batch** and its definition (write '**Term**: definition')");
    }

    @Test
    void read_emptyDefinitionOrTerm_isRefusedForEachEntry() throws Exception {
        // GIVEN an empty definition in CSV, in a list and under a heading, and an empty term
        assertThat(refusal("a.csv", "Epoch,\n,A group.\n")).containsExactly(
                "a.csv:1: empty definition for 'Epoch'", "a.csv:2: empty term");
        assertThat(refusal("b.md", "- **Epoch:**\n- **Bias:** Offset.\n")).containsExactly(
                "b.md:1: empty definition for 'Epoch'");
        assertThat(refusal("c.md", "## Epoch\n\n## Bias\n\nOffset.\n\n## Loss\n\nError.\n")).containsExactly(
                "c.md:1: empty definition for 'Epoch'");
    }

    @Test
    void read_definitionLineStartingWithHashes_isRefusedBecauseItWouldBeAHeading() throws Exception {
        assertThat(refusal("terms.csv", "Epoch,\"One pass.\n## Not a term\"\n"))
                .singleElement().asString().startsWith("terms.csv:1: a line of the definition of 'Epoch' starts with '##'");
    }

    @Test
    void read_sameTermWithDifferentDefinitions_isRefusedNamingBothLines() throws Exception {
        // GIVEN a term defined twice, differently (names compared case and punctuation aside)
        String md = "- **Z-score:** Standard deviations from the mean.\n- **Mean:** The average.\n"
                + "- **Z score:** A standardised value.\n";

        // WHEN / THEN
        assertThat(refusal("terms.md", md)).containsExactly("terms.md:3: 'Z score' is defined again with a different"
                + " definition (first at line 1); keep one of the two");
    }

    @Test
    void read_notUtf8_isRefused() throws Exception {
        // GIVEN a Windows-1252 CSV with an e acute
        Path file = dir.resolve("latin.csv");
        Files.write(file, new byte[] {'C', 'a', 'f', (byte) 0xE9, ',', 'x', '\n'});

        // WHEN
        ImportException e = catchThrowableOfType(ImportException.class, () -> Importer.read(file, Optional.empty()));

        // THEN
        assertThat(e.problems()).extracting(Problem::reason).containsExactly("not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void read_unrecognisableText_asksForTheFormat() throws Exception {
        assertThat(refusal("notes.txt", "just some prose\nwithout any structure\n")).singleElement().asString()
                .isEqualTo("notes.txt:1: cannot tell the format; give --format csv, tsv, markdown, colon, anki or headings");
    }

    @Test
    void read_missingFile_isRefusedWithAMessage() {
        // WHEN
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> Importer.read(dir.resolve("absent.csv"), Optional.empty()));

        // THEN
        assertThat(e).hasMessage("no such file: " + dir.resolve("absent.csv"));
    }
}
