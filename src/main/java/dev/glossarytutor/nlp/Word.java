package dev.glossarytutor.nlp;

import dev.glossarytutor.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word prepared for matching. A token such as "back-propagation" normalises to two words,
 * both pointing at the same token.
 *
 * @param norm  normalised spelling
 * @param canon primary canonical form (US spelling, singular)
 * @param forms every form it may match by
 * @param token index of the token it came from
 * @param pos   part of speech of that token
 */
public record Word(String norm, String canon, Set<String> forms, int token, String pos) {

    public Word {
        forms = Forms.of(forms); // immutable, in the order given; probed and walked without allocating
    }

    public static List<Word> of(List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String[] parts = t.norm().split(" ");
            String lemma = parts.length == 1 ? dev.glossarytutor.nlp.Spelling.normalize(t.lemma()) : null;
            for (String part : parts) {
                words.add(new Word(part, Canon.of(part), Canon.forms(part, lemma), i, t.pos()));
            }
        }
        return words;
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
