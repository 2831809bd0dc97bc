package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;

/**
 * A name with an acronym in it, asked with the acronym spelt out: "open systems interconnection model"
 * for OSI model, "virtual local area network" for Virtual LAN. The glossary wrote the acronym; the
 * student wrote the words its letters stand for.
 */
final class AcronymExpansion {
    /** Acronyms read this way: three letters or more ("OSI", "VLAN"); two say too little. */
    private static final int MIN_LETTERS = 3;

    private AcronymExpansion() {
    }

    /**
     * True when {@code span} spells {@code name} word by word, each of the name's acronyms by as many
     * content words as it has letters, starting with them in order, and at least one acronym so.
     */
    static boolean spells(List<Word> span, List<Word> name) {
        int i = 0;
        boolean expanded = false;
        for (Word t : name) {
            if (i >= span.size()) {
                return false;
            }
            int n = t.norm().length();
            if (isInitials(t, MIN_LETTERS) && i + n <= span.size() && startWith(span, i, t.norm())
                    && span.subList(i, i + n).stream().allMatch(AcronymExpansion::isSpeltOut)) {
                i += n;
                expanded = true;
            } else if (span.get(i).sameAs(t)) {
                i++;
            } else {
                return false;
            }
        }
        return expanded && i == span.size();
    }

    /**
     * True when {@code span} spells {@code name} word by word with some of the name's leading words
     * written as their initials in capitals, and at least one word written out: "SE of the proportion"
     * for Standard error of the proportion. Initials alone are the glossary's derived names ({@link
     * DerivedNames}), which are kept only when no other entry gives them.
     */
    static boolean abbreviates(List<Word> span, List<Word> name) {
        int j = 0;
        boolean contracted = false;
        boolean written = false;
        for (Word w : span) {
            if (j >= name.size()) {
                return false;
            }
            if (isInitials(w, 2) && j + w.norm().length() <= name.size() && startWith(name, j, w.norm())) {
                j += w.norm().length();
                contracted = true;
            } else if (w.sameAs(name.get(j))) {
                j++;
                written |= w.isNounLike() || w.pos().equals("ADJ");
            } else {
                return false;
            }
        }
        return contracted && written && j == name.size();
    }

    /** A word typed in capitals, of letters only and at least {@code minLetters} of them: "OSI", "SE". */
    private static boolean isInitials(Word w, int minLetters) {
        return w.capitals() && w.norm().length() >= minLetters && w.norm().chars().allMatch(Character::isLetter);
    }

    /** The words from {@code from} on start with the letters of {@code letters}, one each, none a function word. */
    private static boolean startWith(List<Word> words, int from, String letters) {
        for (int k = 0; k < letters.length(); k++) {
            Word w = words.get(from + k);
            if (w.norm().charAt(0) != letters.charAt(k) || StopWords.WORDS.contains(w.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word an acronym's letter may stand for: letters only, two at least, and not a verb's -ing or -ed form,
     * as an acronym's expansion is a noun phrase: "saying full duplex" does not spell SFD, though a
     * tagger may read the "open" of "open systems interconnection" as a verb.
     */
    private static boolean isSpeltOut(Word w) {
        boolean inflectedVerb = (w.pos().equals("VERB") || w.pos().equals("AUX"))
                && (w.norm().endsWith("ing") || w.norm().endsWith("ed"));
        return w.norm().length() >= 2 && w.norm().chars().allMatch(Character::isLetter) && !inflectedVerb;
    }
}
