package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: writes the glossary, prints the lint, and refuses bad input with no stack trace. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private String listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    @Test
    void import_goodCsv_writesTheGlossaryAndPrintsTheLintOk() throws Exception {
        // GIVEN a CSV with a header
        Path csv = Files.writeString(dir.resolve("terms.csv"), "term,definition\nEpoch,\"One pass, over all data.\"\n");
        Path md = dir.resolve("glossary.md");

        // WHEN
        int code = cli.run("import", csv.toString(), "--out", md.toString());

        // THEN the file is in the glossary format and the lint's verdict is printed
        assertThat(code).isEqualTo(0);
        assertThat(md).hasContent("# Glossary imported from terms.csv\n\n## Epoch\n\nOne pass, over all data.\n");
        assertThat(cli.out()).contains("Imported 1 term from " + csv + " (read as csv) into " + md)
                .contains(md + ": OK");
    }

    @Test
    void import_unterminatedQuote_exitsTwoWithFileAndLineAndWritesNothing() throws Exception {
        // GIVEN a CSV whose line 3 opens a quote that never closes
        Path csv = Files.writeString(dir.resolve("terms.csv"), "Epoch,One pass.\nBatch,A group.\nBias,\"The offset\n");

        // WHEN
        int code = cli.run("import", csv.toString(), "--out", dir.resolve("glossary.md").toString());

        // THEN a clear message, no stack trace, and no file (not even a temporary one)
        assertThat(code).isEqualTo(2);
        assertThat(cli.err())
                .contains(csv + ":3: unterminated quoted field")
                .contains("Nothing was written.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(listing()).isEqualTo("[terms.csv]");
    }

    @Test
    void import_existingOutputWithoutForce_isRefusedAndLeftAsItWas() throws Exception {
        // GIVEN an existing glossary file
        Path csv = Files.writeString(dir.resolve("terms.csv"), "Epoch,One pass.\n");
        Path md = Files.writeString(dir.resolve("glossary.md"), "## Old\n\nKept.\n");

        // WHEN
        int code = cli.run("import", csv.toString(), "--out", md.toString());

        // THEN
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("Error: " + md + " already exists; give --force to replace it");
        assertThat(md).hasContent("## Old\n\nKept.\n");

        // AND with --force it is replaced
        assertThat(cli.run("import", csv.toString(), "--out", md.toString(), "--force")).isEqualTo(0);
        assertThat(md).content().contains("## Epoch");
    }

    @Test
    void import_resultTheLintRefuses_isWrittenAndExitsOne() throws Exception {
        // GIVEN a definition whose first line reads as metadata once under a heading
        Path csv = Files.writeString(dir.resolve("terms.csv"), "Label,\"Tags: the classes an example belongs to.\"\n");
        Path md = dir.resolve("glossary.md");

        // WHEN
        int code = cli.run("import", csv.toString(), "--out", md.toString());

        // THEN the lint's report is printed with the output's file and line
        assertThat(code).isEqualTo(1);
        assertThat(md).exists();
        assertThat(cli.err()).contains(md + ":5: 'Tags:' of Label is below a blank line").contains("1 problem");
    }

    @Test
    void import_toStdout_printsTheGlossaryAndReportsOnStderr() throws Exception {
        // GIVEN a Markdown list with a repeated term
        Path list = Files.writeString(dir.resolve("list.md"), "- **Epoch**: One pass.\n- **Epoch**: One pass.\n");

        // WHEN
        int code = cli.run("import", list.toString(), "--out", "-", "--format", "MARKDOWN");

        // THEN standard output holds only the glossary; the warning and the lint go to standard error
        assertThat(code).isEqualTo(0);
        assertThat(cli.out()).isEqualTo("# Glossary imported from list.md\n\n## Epoch\n\nOne pass.\n");
        assertThat(cli.err()).contains(list + ":2: warning: 'Epoch' repeats line 1 word for word; kept once")
                .contains("<stdout>: OK");
        assertThat(listing()).isEqualTo("[list.md]");
    }

    @Test
    void import_unknownFormat_isAUsageError() throws Exception {
        // GIVEN
        Path csv = Files.writeString(dir.resolve("terms.csv"), "Epoch,One pass.\n");

        // WHEN
        int code = cli.run("import", csv.toString(), "--out", "-", "--format", "xml");

        // THEN
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("'xml' is not a format; expected one of csv, tsv, markdown, colon, anki, headings");
    }
}
