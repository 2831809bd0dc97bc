package dev.glossarytutor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The outside glossaries (real course glossaries, see SOURCES.md there), read where they lie in
 * {@code ../shared/glossaries} beside the checkout. They carry no licence to be copied into the
 * project, so a test that needs them is skipped, with a message saying why, when they are absent.
 */
public final class OutsideGlossaries {
    /** The folder of the outside glossaries, relative to the checkout the tests run in. */
    public static final Path ROOT = Path.of("..", "shared", "glossaries");

    private OutsideGlossaries() {
    }

    /** Skips the test when the outside glossaries are not beside the checkout. */
    public static void assumePresent() {
        present(ROOT, Files.isDirectory(ROOT));
    }

    /** The folder of one outside glossary ("networking", "statistics"); skips the test when it is absent. */
    public static Path folder(String field) {
        return present(ROOT.resolve(field), Files.isDirectory(ROOT.resolve(field)));
    }

    /** The glossary file of one outside glossary; skips the test when it is absent. */
    public static Path file(String field) {
        Path file = ROOT.resolve(field).resolve("glossary.md");
        return present(file, Files.isRegularFile(file));
    }

    /** A file under the outside glossaries' folder ("sources/networking-raw.md"); skips the test when it is absent. */
    public static Path source(String path) {
        Path file = ROOT.resolve(path);
        return present(file, Files.isRegularFile(file));
    }

    /** One outside glossary, loaded as the tutor loads a course; skips the test when it is absent. */
    public static Glossary load(String field) throws GlossaryException {
        return GlossaryLoader.load(folder(field));
    }

    private static Path present(Path path, boolean present) {
        assumeTrue(present, () -> path.toAbsolutePath().normalize()
                + " is absent; this test needs ../shared/glossaries beside the checkout (never copied into it)");
        return path;
    }
}
