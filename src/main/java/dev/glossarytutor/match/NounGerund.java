package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * Whether a word ending in -ing that the tagger reads as a verb names a thing, as the head or a
 * modifier of a noun phrase: "learning" in "metric learning", "processing" in "batch processing
 * unit", "sharing" in "what does parameter sharing mean". Not when it is the sentence's verb: "is
 * the kernel sliding over the image", "what is overfitting doing to my model".
 */
final class NounGerund {
    /** Forms of "be" that make a progressive with a following -ing verb ("is the loss increasing"); "whats" is "what is". */
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "am", "been", "being", "s", "re", "m",
            "whats", "hows", "whys", "wheres", "thats");
    /** Parts of speech of the words that may stand before a noun in its phrase ("my", "the", "first"). */
    private static final Set<String> BEFORE_A_NOUN = Set.of("DET", "PRON", "ADJ", "NUM");
    /** Parts of speech that end a noun phrase without taking it as their object ("in", "and", "that"). */
    private static final Set<String> PHRASE_ENDS = Set.of("ADP", "CCONJ", "SCONJ");

    private NounGerund() {
    }

    /**
     * True when {@code words[i]}, an -ing word read as a verb, names a thing: it ends the message or
     * comes before a noun (any -ing word); or, right after a name whose head is a noun, it ends the
     * phrase before another verb ("parameter sharing mean"), a punctuation mark, or a preposition or
     * conjunction when no "is" before the name could make it a progressive verb ("does parameter
     * sharing in cnns help", but "is the kernel sliding over the image").
     *
     * @param nameFrom where the name before it starts
     * @param name     the name matched right before {@code words[i]}, or null when other words come between
     */
    static boolean at(List<Word> words, int i, int nameFrom, NameForm name) {
        Word w = words.get(i);
        if (!w.pos().equals("VERB") || !isGerund(w)) {
            return false;
        }
        if (i + 1 == words.size() || words.get(i + 1).isNounLike()) {
            return true;
        }
        if (name == null || isGerund(name.words().get(name.words().size() - 1))) {
            return false; // two gerunds in a row are a subject and its verb: "overfitting doing", "pooling working"
        }
        Word next = words.get(i + 1);
        if (next.token() > w.token() + 1 || next.pos().equals("VERB") || next.pos().equals("AUX")) {
            return true;
        }
        return PHRASE_ENDS.contains(next.pos()) && !progressive(words, nameFrom);
    }

    /** An -ing form of a verb, not a word that merely ends so ("thing", "string", "bring"). */
    static boolean isGerund(Word w) {
        String n = w.norm();
        if (!n.endsWith("ing") || n.length() < 6) {
            return false;
        }
        for (int k = 0; k < n.length() - 3; k++) {
            if ("aeiouy".indexOf(n.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a form of "be" comes right before the phrase the name heads, so that an -ing verb
     * after the name may be its progressive: "is the kernel sliding", "what is the network learning".
     * Only determiners, possessives, adjectives and numbers may come between; any other word means the
     * name is inside another phrase ("reading about parameter sharing in cnns").
     */
    private static boolean progressive(List<Word> words, int nameFrom) {
        for (int j = nameFrom - 1; j >= 0; j--) {
            Word w = words.get(j);
            if (w.token() + 1 < words.get(j + 1).token()) {
                return false; // punctuation ends the clause
            }
            if (BE.contains(w.norm()) || w.pos().equals("AUX") && w.forms().contains("be")) {
                return true;
            }
            if (!BEFORE_A_NOUN.contains(w.pos())) {
                return false;
            }
        }
        return false;
    }
}
