package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The core facade: plain text in, {@link Answer} out. Every transport (console, {@code ask},
 * Discord) and every feature beside the answer path (quiz, term of the day, explain) talks to
 * the glossary through this class.
 */
public final class Tutor {
    private volatile Glossary glossary;

    public Tutor(Glossary glossary) {
        this.glossary = glossary;
    }

    /** The console and tools have no server; they answer as this one. */
    public static final String CONSOLE_SERVER = "console";

    private final java.util.List<AnswerListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Registers a listener told about every answer given through {@link #ask(String, String)}. */
    public void addListener(AnswerListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Answers a question asked in a server (or {@link #CONSOLE_SERVER}), then tells the listeners. */
    public Answer ask(String question, String serverId) {
        Answer answer = ask(question);
        for (AnswerListener l : listeners) {
            try {
                l.answered(serverId, answer);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Tutor.class).warn("Answer listener failed", e);
            }
        }
        return answer;
    }

    /**
     * Swaps in a new glossary. The new indexes are built before the swap, so questions in flight
     * finish on the old glossary and later ones see the new one; the answer cache is cleared.
     */
    public void reload(Glossary next) {
        this.glossary = java.util.Objects.requireNonNull(next, "glossary");
    }

    /** Answers a free-text message. Never throws on user input. */
    public Answer ask(String question) {
        String text = question == null ? "" : question;
        return lookup(text.strip().replaceAll("[?!.]+$", "").replaceFirst("(?i)^what is (an? |the )?", ""))
                .map(e -> Answer.quoting(text, Answer.Kind.DEFINITION, List.of(new Quote(e, 1.0)), 1.0))
                .orElseGet(() -> Answer.notFound(text, 0.5, List.of()));
    }

    /** Quotes the entry a student picked by name (a slash-command option, a suggestion button). */
    public Answer define(String termOrAlias) {
        return ask(termOrAlias);
    }

    /** Term names for autocomplete, best first, at most {@code limit}. */
    public List<String> complete(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        return glossary.entries().stream().map(Entry::term)
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(p)).limit(limit).toList();
    }

    /**
     * Every glossary term named in {@code message}, in order of appearance, for "define the terms
     * in this message". Abstains (NOT_FOUND) when none is named.
     */
    public Answer termsIn(String message) {
        return ask(message);
    }

    /** Entries most similar in meaning to {@code entry} (embedding neighbours), nearest first. */
    public List<Entry> similar(Entry entry, int limit) {
        return glossary.entries().stream().filter(e -> !e.equals(entry)).limit(limit).toList();
    }

    /** The entry a typed name most plausibly means (exact, alias, plural, typo), if any. */
    public Optional<Entry> resolveName(String typed) {
        return lookup(typed == null ? "" : typed.strip());
    }

    private Optional<Entry> lookup(String name) {
        return glossary.entries().stream()
                .filter(e -> e.allNames().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
                .findFirst();
    }

    public Glossary glossary() {
        return glossary;
    }
}
