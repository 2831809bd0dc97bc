package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the glossary loader cannot use are reported, with the real line where there is one, never skipped. */
class UnreadableFilesTest {
    private static final String GOOD = "## Epoch\n\nOne pass over the whole training set.\n";

    @TempDir
    Path folder;

    private List<String> lint() {
        return GlossaryLoader.lint(folder).stream()
                .map(p -> folder.relativize(p.file()) + ":" + p.line() + ": " + p.reason()).toList();
    }

    @Test
    void lint_should_report_the_real_line_when_a_file_has_invalid_utf8_far_down() throws Exception {
        // GIVEN a file whose line 343 holds a Windows-1252 byte
        StringBuilder text = new StringBuilder("## Epoch\n\nOne pass over the whole training set.\n");
        while (text.toString().split("\n", -1).length < 343) {
            text.append('\n');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'C', 'a', 'f', (byte) 0xE9, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(folder.resolve("deep-learning.md"), all);

        // WHEN linted THEN the problem names line 343
        assertThat(lint()).containsExactly("deep-learning.md:343: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void lint_and_load_should_report_a_dangling_symlink_and_a_fifo_when_they_are_named_md() throws Exception {
        // GIVEN a good file, a symbolic link to nowhere and a FIFO, both named *.md
        Files.writeString(folder.resolve("course.md"), GOOD);
        Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("deleted.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("x.md").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        // WHEN linted THEN both are reported, and the FIFO is never opened (lint returns)
        assertThat(lint()).containsExactly(
                "gone.md:0: a symbolic link to " + folder.resolve("deleted.md") + ", which does not exist; fix or remove the link",
                "x.md:0: not a regular file (a FIFO, socket or device); remove it or replace it with a text file");

        // AND a load (as a reload does) refuses with the same problems
        GlossaryException e = org.assertj.core.api.Assertions.catchThrowableOfType(GlossaryException.class,
                () -> GlossaryLoader.load(folder, GlossaryLimits.DEFAULT));
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void lint_should_report_a_file_it_may_not_read() throws Exception {
        // GIVEN a file without read permission (root reads anything: then there is nothing to report)
        Path locked = folder.resolve("locked.md");
        Files.writeString(locked, GOOD);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "this user reads every file");

        // WHEN linted THEN it is reported
        assertThat(lint()).containsExactly("locked.md:0: cannot read: permission denied");
    }
}
