package dev.glossarytutor.explain;

import java.util.Objects;

/**
 * A prompt ready to send: a template filled with glossary data only.
 *
 * @param text         the filled template
 * @param templateHash identifies the template's text, so a cached reply dies with its template
 */
record Prompt(String text, String templateHash) {
    Prompt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(templateHash, "templateHash");
    }
}
