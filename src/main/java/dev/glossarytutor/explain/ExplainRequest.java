package dev.glossarytutor.explain;

import java.util.Objects;

/**
 * A student's wish to have a term explained differently.
 *
 * @param term     the term as the student typed or picked it; it only selects an entry and is
 *                 never sent to the LLM
 * @param style    how to explain
 * @param language the language of the rephrasing (the quote stays in the glossary's language)
 * @param userId   who asks, for the per-user rate limit (a Discord user id, or {@code "console"})
 * @param serverId where it was asked, which decides the glossary the term is looked up in; blank for the default
 */
public record ExplainRequest(String term, Style style, LanguageTag language, String userId, String serverId) {
    public ExplainRequest {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(serverId, "serverId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }

    /** A request looked up in the default glossary. */
    public ExplainRequest(String term, Style style, LanguageTag language, String userId) {
        this(term, style, language, userId, "");
    }
}
