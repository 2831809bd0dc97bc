package dev.glossarytutor.quiz;

import java.util.Optional;

/**
 * How one answer was judged.
 *
 * @param outcome     right, wrong, or not an answer at all (which costs the student nothing)
 * @param chosenIndex the option picked, or -1 when the answer was typed out or invalid
 * @param meant       the other glossary term the typed text names, when it names one
 * @param note        why, in a few words ("alias", "typo", "names another term", ...)
 */
public record Verdict(Outcome outcome, int chosenIndex, Optional<String> meant, String note) {

    /** The three ways an answer can go. */
    public enum Outcome { CORRECT, WRONG, INVALID }

    public boolean correct() {
        return outcome == Outcome.CORRECT;
    }

    static Verdict correct(int chosen, String note) {
        return new Verdict(Outcome.CORRECT, chosen, Optional.empty(), note);
    }

    static Verdict wrong(int chosen, Optional<String> meant, String note) {
        return new Verdict(Outcome.WRONG, chosen, meant, note);
    }

    static Verdict invalid(String note) {
        return new Verdict(Outcome.INVALID, -1, Optional.empty(), note);
    }
}
