package dev.glossarytutor.explain;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Tutor;
import java.nio.file.Path;

/** Explainers for tests of other packages (the builder is package-private). */
public final class TestExplainers {
    private TestExplainers() {
    }

    /** An explainer whose language model always writes {@code reply}, with the shipped prompt templates. */
    public static Explainer scripted(Tutor tutor, String reply, Ticker ticker) {
        Rephraser model = new Rephraser() {
            @Override
            public String model() {
                return "scripted";
            }

            @Override
            public String rephrase(String prompt) {
                return reply;
            }
        };
        return Explainer.builder(tutor::define).ticker(ticker).rephraser(model).templates(Path.of("prompts")).build();
    }
}
