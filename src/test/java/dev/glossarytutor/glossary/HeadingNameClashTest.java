package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heading names that another entry also claims are dropped, never reported. */
class HeadingNameClashTest {

    @Test
    void load_headingNameEqualToAnotherTerm_dropsTheHeadingNameAndLintsClean(@TempDir Path dir) throws Exception {
        // GIVEN a bracketed alternative name that another entry has as its heading
        Files.writeString(dir.resolve("stats.md"), String.join("\n",
                "## Type I error (false positive)", "", "Rejecting a true null hypothesis.", "",
                "## False positive", "", "A test result that says yes when the answer is no.", ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN nothing is reported, and the name stays with the entry that wrote it
        assertThat(problems).isEmpty();
        assertThat(glossary.get("Type I error (false positive)").allNames())
                .containsExactly("Type I error (false positive)", "Type I error");
        assertThat(glossary.get("False positive").allNames()).containsExactly("False positive");
    }

    @Test
    void load_headingNameEqualToAnotherEntrysAlias_dropsTheHeadingName(@TempDir Path dir) throws Exception {
        // GIVEN an acronym in a heading that another entry lists as an alias (in other case and spelling)
        Files.writeString(dir.resolve("net.md"), String.join("\n",
                "## Transmission Control Protocol (TCP)", "", "A reliable transport.", "",
                "## TCP/IP suite", "aliases: t.c.p.", "", "The protocol family.", ""));

        // WHEN
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN the derived acronym goes, the written alias stays and the expansion is kept
        assertThat(glossary.get("Transmission Control Protocol (TCP)").allNames())
                .containsExactly("Transmission Control Protocol (TCP)", "Transmission Control Protocol");
        assertThat(glossary.get("TCP/IP suite").allNames()).containsExactly("TCP/IP suite", "t.c.p.");
    }

    @Test
    void load_sameHeadingNameFromTwoHeadings_dropsItFromBoth(@TempDir Path dir) throws Exception {
        // GIVEN two headings that only differ by their bracket
        Files.writeString(dir.resolve("a.md"), String.join("\n",
                "## Kernel (CNN)", "", "A small weight matrix slid over the input.", "",
                "## Kernel (SVM)", "", "A similarity function.", ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN "Kernel" belongs to neither, and that is no lint problem
        assertThat(problems).isEmpty();
        assertThat(glossary.entries()).allSatisfy(e -> assertThat(e.allNames()).containsExactly(e.term()));
    }

    @Test
    void load_headingNameRepeatingTheEntrysOwnAlias_keepsOneCopy(@TempDir Path dir) throws Exception {
        // GIVEN an instructor who also wrote the acronym as an alias
        Files.writeString(dir.resolve("a.md"), String.join("\n",
                "## User Datagram Protocol (UDP)", "aliases: UDP", "", "A connectionless transport.", ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);
        Entry udp = GlossaryLoader.load(dir).get("User Datagram Protocol (UDP)");

        // THEN its own names never clash with each other
        assertThat(problems).isEmpty();
        assertThat(udp.allNames()).containsExactly("User Datagram Protocol (UDP)", "User Datagram Protocol", "UDP");
    }

    @Test
    void lint_aliasEqualToAnotherEntrysHeadingName_isNoProblem(@TempDir Path dir) throws Exception {
        // GIVEN an alias written by the instructor that equals a name derived from another heading
        Files.writeString(dir.resolve("a.md"), String.join("\n",
                "## Local Area Network (LAN)", "", "A network in one building.", "",
                "## Wireless network", "aliases: local area network", "", "A network without cables.", ""));

        // WHEN
        List<Problem> problems = GlossaryLoader.lint(dir);
        Glossary glossary = GlossaryLoader.load(dir);

        // THEN only written names can clash; the derived one yields to the alias
        assertThat(problems).isEmpty();
        assertThat(glossary.get("Local Area Network (LAN)").allNames())
                .containsExactly("Local Area Network (LAN)", "LAN");
    }
}
