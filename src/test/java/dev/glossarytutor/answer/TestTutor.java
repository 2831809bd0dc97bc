package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Path;

/** One tutor over the shipped glossary with the real models, shared by the tests of a JVM. */
public final class TestTutor {
    private static Tutor tutor;

    private TestTutor() {
    }

    public static synchronized Tutor get() {
        if (tutor == null) {
            try {
                tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
                tutor.awaitEmbeddings(); // tests see the tutor as it answers once start-up is over
            } catch (GlossaryException e) {
                throw new IllegalStateException("the shipped glossary must load", e);
            }
        }
        return tutor;
    }
}
