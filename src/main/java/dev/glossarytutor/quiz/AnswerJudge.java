package dev.glossarytutor.quiz;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.nlp.Inflection;
import dev.glossarytutor.nlp.Spelling;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges answers. A letter (or 1-4) picks an option. Typed text is right when it is a name of
 * the answer (term, alias or hidden variant) up to case, punctuation, hyphens, spacing and a
 * plural ending, or a small typo of one (edit budget from {@link Spelling#allowedEdits}). It is
 * wrong when it names another glossary term, or is closer to another term than to the answer;
 * substrings are not names ("segmentation" is not "Semantic Segmentation").
 */
public final class AnswerJudge {
    private static final Pattern LETTER = Pattern.compile("(?i)^\\(?([a-d1-4])[).:]?$");

    private final Tutor tutor;

    public AnswerJudge(Tutor tutor) {
        this.tutor = tutor;
    }

    /** Judges {@code typed} against a question: a letter for multiple choice, or the term. */
    public Verdict judge(Question question, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Verdict.invalid("empty answer");
        }
        if (question.isMultipleChoice()) {
            Matcher m = LETTER.matcher(text);
            if (m.matches()) {
                char c = Character.toUpperCase(m.group(1).charAt(0));
                int index = Character.isDigit(c) ? c - '1' : c - 'A';
                return index == question.correctIndex()
                        ? Verdict.correct(index, "option")
                        : Verdict.wrong(index, Optional.of(question.optionEntries().get(index).term()), "option");
            }
            if (question.kind() == QuestionKind.TERM_TO_DEFINITION) {
                return Verdict.invalid("answer with a letter A-D");
            }
        }
        Verdict verdict = judgeTyped(question.entry(), text);
        int chosen = verdict.correct() ? question.correctIndex() : verdict.meant()
                .map(term -> indexOfTerm(question, term)).orElse(-1);
        return new Verdict(verdict.outcome(), chosen, verdict.meant(), verdict.note());
    }

    /** Judges a typed term against the entry it should name. */
    public Verdict judgeTyped(Entry answer, String typed) {
        String t = Spelling.squash(typed);
        if (t.isEmpty()) {
            return Verdict.invalid("no letters or digits");
        }
        // exact names first, so "activations" (Activation maps) is not the plural of "activation"
        for (boolean exact : new boolean[] {true, false}) {
            for (String name : answer.allNames()) {
                if (matches(t, Spelling.squash(name), exact)) {
                    return Verdict.correct(-1, name.equals(answer.term()) ? "term" : "other name");
                }
            }
            for (Entry other : tutor.glossary().entries()) {
                if (!other.term().equals(answer.term())) {
                    for (String name : other.allNames()) {
                        if (matches(t, Spelling.squash(name), exact)) {
                            return Verdict.wrong(-1, Optional.of(other.term()), "names another term");
                        }
                    }
                }
            }
        }
        int best = Integer.MAX_VALUE;
        for (String name : answer.allNames()) {
            String n = Spelling.squash(name);
            if (Spelling.isTypoOf(t, n)) {
                best = Math.min(best, Spelling.distance(t, n));
            }
        }
        if (best == Integer.MAX_VALUE) {
            return Verdict.wrong(-1, Optional.empty(), "not a name of the answer");
        }
        for (Entry other : tutor.glossary().entries()) {
            if (!other.term().equals(answer.term())) {
                for (String name : other.allNames()) {
                    if (Spelling.distance(t, Spelling.squash(name), best) < best) {
                        return Verdict.wrong(-1, Optional.of(other.term()), "closer to another term");
                    }
                }
            }
        }
        return Verdict.correct(-1, "typo");
    }

    private static int indexOfTerm(Question question, String term) {
        for (int i = 0; i < question.optionEntries().size(); i++) {
            if (question.optionEntries().get(i).term().equals(term)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(String typed, String name, boolean exact) {
        return exact ? typed.equals(name) : sameName(typed, name);
    }

    /** Equal squashed names, allowing a plural ending on either side. */
    static boolean sameName(String typed, String name) {
        return typed.equals(name) || singular(typed).equals(name) || typed.equals(singular(name))
                || singular(typed).equals(singular(name))
                || typed.endsWith("es") && typed.substring(0, typed.length() - 2).equals(name); // "biases" for "bias"
    }

    /** A squashed word with a regular plural ending removed, by the one rule of {@link Inflection}. */
    static String singular(String s) {
        return Inflection.singular(s);
    }
}
