package dev.glossarytutor.quiz;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Path;

/** The real course glossary, loaded once for the quiz tests. */
public final class TestGlossary {
    private static Glossary glossary;

    private TestGlossary() {
    }

    public static synchronized Glossary get() {
        if (glossary == null) {
            try {
                glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
            } catch (GlossaryException e) {
                throw new IllegalStateException(e);
            }
        }
        return glossary;
    }
}
