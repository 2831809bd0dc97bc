package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a description that put another concept in the place of the one described: "the cable that uses
 * light <i>instead of electricity</i>", "one number <i>instead of a range</i>", "a sample <i>as opposed to just
 * data</i>".
 * They name another concept, so the text embedded to compare with the definitions leaves them out. A bare "not X"
 * stays: it often says what the described thing is by what it excludes ("the actual data and not the headers", "to a
 * group of devices, not everyone and not just one"), and leaving it out cost more answers than it gave. Read from the
 * closed classes of English and parts of speech.
 */
public final class ContrastedPhrases {
    /** Openers of a contrast, word by word: "instead of", "rather than", "as opposed to". */
    private static final List<List<String>> OPENERS = List.of(List.of("instead", "of"), List.of("rather", "than"),
            List.of("as", "opposed", "to"));
    /**
     * Parts of speech that open the noun phrase a contrast sets aside; not a verb, whose action is often what is
     * described ("values set by hand rather than learned").
     */
    private static final Set<String> SET_ASIDE_START = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON");
    /** Words that end the contrast and go back to what is described: "instead of X but Y". */
    private static final Set<String> RESUMES = Set.of("but", "so", "because", "since", "while", "whereas");
    /** Parts of speech that open a clause or a phrase of their own: "and", "when", "to". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("CCONJ", "SCONJ", "PART");

    private ContrastedPhrases() {
    }

    /** The indices of {@code q}'s words that set another concept aside (empty when none does). */
    public static Set<Integer> in(ParsedQuestion q) {
        Message m = Message.of(q.text(), q.tokens(), q.words());
        Set<Integer> aside = new TreeSet<>();
        for (int i = 0; i < m.size(); i++) {
            int after = afterOpener(m, i);
            if (after < 0) {
                continue;
            }
            int end = phraseEnd(m, after);
            for (int k = i; k < end; k++) {
                aside.add(k);
            }
            i = end - 1;
        }
        return aside;
    }

    /**
     * {@code q}'s text without the words {@code aside} ({@link #in}): its tokens joined as typed, or its text as
     * received when nothing is set aside.
     */
    public static String textWithout(ParsedQuestion q, Set<Integer> aside) {
        if (aside.isEmpty()) {
            return q.text();
        }
        Set<Integer> asideTokens = new TreeSet<>();
        for (int i : aside) {
            asideTokens.add(q.words().get(i).token());
        }
        List<Token> kept = new ArrayList<>();
        for (int t = 0; t < q.tokens().size(); t++) {
            if (!asideTokens.contains(t)) {
                kept.add(q.tokens().get(t));
            }
        }
        return Message.textOf(kept);
    }

    /**
     * One past an opener of a contrast starting at word {@code i} when a phrase follows it in the same clause, else
     * -1.
     */
    private static int afterOpener(Message m, int i) {
        for (List<String> opener : OPENERS) {
            int next = i + opener.size();
            if (next < m.size() && matches(m, i, opener) && SET_ASIDE_START.contains(m.word(next).pos())
                    && !m.followsABreak(m.word(next).token())
                    && !QuestionWords.QUESTION_WORDS.contains(m.word(next).norm())) {
                return next;
            }
        }
        return -1;
    }

    private static boolean matches(Message m, int i, List<String> opener) {
        for (int k = 0; k < opener.size(); k++) {
            if (!m.word(i + k).norm().equals(opener.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One past the last word of the phrase set aside from word {@code from}: up to a break, a word that resumes what is
     * described ("but"), or one that opens a clause of its own ("instead of training from scratch I started ...",
     * "rather than electricity to carry data").
     */
    private static int phraseEnd(Message m, int from) {
        int k = from + 1;
        while (k < m.size() && !m.followsABreak(m.word(k).token()) && !endsThePhrase(m.word(k))) {
            k++;
        }
        return k;
    }

    private static boolean endsThePhrase(Word w) {
        return RESUMES.contains(w.norm()) || CLAUSE_OPENERS.contains(w.pos()) || QuestionWords.SUBJECT_PRONOUNS.contains(w.norm())
                || QuestionWords.RELATIVE.contains(w.norm()) && !w.norm().equals("for");
    }
}
