package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void lint_folderOfCourses_checksEachCourseAlone() throws Exception {
        // GIVEN two courses that both define Port (fine: each is its own glossary), one with a dangling see-also
        Files.createDirectories(dir.resolve("networking"));
        Files.writeString(dir.resolve("networking/net.md"), "## Port\n\nA number that names a service.\n");
        Files.createDirectories(dir.resolve("shipping"));
        Files.writeString(dir.resolve("shipping/ships.md"), "## Port\nsee also: Harbour\n\nWhere ships load.\n");

        // WHEN the folder is linted
        int code = cli.run("lint", dir.toString());

        // THEN only the shipping course's own problem is reported, not Port defined in two courses
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("ships.md").contains("Harbour").doesNotContain("net.md")
                .contains("1 problem");
    }

    @Test
    void lint_seedFolder_isClean() {
        // GIVEN the repository's glossary folder (one course) WHEN linted THEN it is clean
        assertThat(cli.run("lint", "glossary")).isEqualTo(0);
        assertThat(cli.out()).contains("glossary: OK");
    }
}
