package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word prepared for matching. A token such as "back-propagation" normalises to two words,
 * both pointing at the same token.
 *
 * @param norm       normalised spelling
 * @param canon      primary canonical form (US spelling, singular)
 * @param forms      every form it may match by
 * @param token      index of the token it came from
 * @param pos        part of speech of that token
 * @param hyphenated true when a hyphen joins it to the word before, with no space: "normal" in
 *                   "log-normal", "tailed" in "one-tailed"
 * @param capitals   true when it was typed as a token of its own with two capitals or more, as
 *                   acronyms are: "MoE", "TCP", "MOE" (not "Moe", "moe")
 */
public record Word(String norm, String canon, Set<String> forms, int token, String pos, boolean hyphenated,
                   boolean capitals) {

    public Word {
        forms = Forms.of(forms); // immutable, in the order given; probed and walked without allocating
    }

    /** A word not joined to the one before by a hyphen, nor typed in capitals. */
    public Word(String norm, String canon, Set<String> forms, int token, String pos) {
        this(norm, canon, forms, token, pos, false, false);
    }

    /** This word re-tagged as {@code newPos}, everything else kept (a tagger's mistake repaired). */
    Word withPos(String newPos) {
        return new Word(norm, canon, forms, token, newPos, hyphenated, capitals);
    }

    public static List<Word> of(List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        int previous = -1; // the last token that gave words
        List<String> previousBetween = List.of(); // its separators
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String[] parts = t.norm().split(" ");
            List<String> between = Spelling.separators(t.text());
            boolean aligned = between.size() == parts.length + 1; // else the hyphens are not told apart
            String lemma = parts.length == 1 ? dev.glossarytutor.nlp.Spelling.normalize(t.lemma()) : null;
            boolean capitals = parts.length == 1 && t.text().chars().filter(Character::isUpperCase).count() >= 2;
            for (int p = 0; p < parts.length; p++) {
                boolean hyphenated = p == 0
                        ? previous >= 0 && hyphenBetween(tokens, previous, previousBetween, i, between)
                        : aligned && isHyphen(between.get(p));
                // one tag serves a whole token: the digits of "epochs=10" or "conv3" are a number, not a noun
                String pos = parts.length > 1 && Spelling.isDigits(parts[p]) ? "NUM" : t.pos();
                words.add(new Word(parts[p], Canon.of(parts[p]), Canon.forms(parts[p], lemma), i, pos, hyphenated,
                        capitals));
            }
            previous = i;
            previousBetween = between;
        }
        return words;
    }

    /**
     * True when the last word of token {@code before} and the first word of token {@code after} are
     * written with one hyphen between them and no space: the tokenizer splits "log-normal" as
     * "log-" "normal" and "one-tailed" as "one" "-" "tailed".
     *
     * @param end   the separators of token {@code before} ({@link Spelling#separators})
     * @param start the separators of token {@code after}
     */
    private static boolean hyphenBetween(List<Token> tokens, int before, List<String> end, int after,
                                         List<String> start) {
        if (end.isEmpty() || start.isEmpty()) {
            return false;
        }
        StringBuilder gap = new StringBuilder(end.get(end.size() - 1));
        for (int k = before + 1; k <= after; k++) {
            if (!tokens.get(k).attached()) {
                return false;
            }
            if (k < after) {
                gap.append(tokens.get(k).text());
            }
        }
        return isHyphen(gap.append(start.get(0)).toString());
    }

    /** A hyphen, not a dash: dashes ("–", " - ") set off a clause, hyphens join words. */
    private static boolean isHyphen(String gap) {
        return gap.equals("-") || gap.equals("\u2010") || gap.equals("\u2011");
    }

    public boolean sameAs(Word other) {
        if (canon.equals(other.canon)) {
            return true;
        }
        Forms mine = (Forms) forms;
        for (int i = 0; i < mine.size(); i++) {
            if (other.forms.contains(mine.get(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean isNounLike() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }
}
