package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output is written whole or not at all, and an existing file only with force. */
class ImporterWriteTest {

    @TempDir
    Path dir;

    private String listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    @Test
    void write_newFile_writesTheTextAndLeavesNoTemporaryFile() throws Exception {
        // GIVEN
        Path out = dir.resolve("glossary.md");

        // WHEN
        Importer.write("## Epoch\n\nOne pass.\n", out, false);

        // THEN
        assertThat(out).hasContent("## Epoch\n\nOne pass.\n");
        assertThat(listing()).isEqualTo("[glossary.md]");
    }

    @Test
    void write_existingFileWithoutForce_isRefusedAndTheFileIsUntouched() throws Exception {
        // GIVEN an existing glossary
        Path out = Files.writeString(dir.resolve("glossary.md"), "## Old\n\nKept.\n");

        // WHEN / THEN
        assertThatThrownBy(() -> Importer.write("## New\n\nText.\n", out, false))
                .isInstanceOf(ImportException.class)
                .hasMessage(out + " already exists; give --force to replace it");
        assertThat(out).hasContent("## Old\n\nKept.\n");
        assertThat(listing()).isEqualTo("[glossary.md]");
    }

    @Test
    void write_existingFileWithForce_replacesIt() throws Exception {
        // GIVEN
        Path out = Files.writeString(dir.resolve("glossary.md"), "## Old\n\nGone.\n");

        // WHEN
        Importer.write("## New\n\nText.\n", out, true);

        // THEN
        assertThat(out).hasContent("## New\n\nText.\n");
        assertThat(listing()).isEqualTo("[glossary.md]");
    }

    @Test
    void write_intoAMissingFolder_isRefused() {
        // GIVEN
        Path out = dir.resolve("absent/glossary.md");

        // WHEN / THEN
        assertThatThrownBy(() -> Importer.write("## A\n\nB.\n", out, false))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("does not exist");
        assertThat(out.getParent()).doesNotExist();
    }
}
