package dev.glossarytutor.explain;

/**
 * A language model that writes text for a prompt. Implementations talk to one provider;
 * everything that makes the output safe to show (guarding, caching, deadlines) sits in
 * {@link Explainer}, so a second provider would need only this method.
 */
public interface Rephraser {

    /** The model's name, part of the cache key (another model, another text). */
    String model();

    /**
     * The model's reply to a prompt built from glossary data only.
     *
     * @throws RephraseException when the provider fails, refuses or answers with something unreadable
     */
    String rephrase(String prompt);
}
