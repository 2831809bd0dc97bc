package dev.glossarytutor.nlp;

/**
 * One word of a message.
 *
 * @param text  as typed
 * @param pos   the Universal Dependencies part of speech (NOUN, VERB, ADJ, PROPN, ...)
 * @param lemma the dictionary form, lower case ("tensors" → "tensor")
 * @param norm  the normalised form used for matching (lower case, accents and quotes folded)
 * @param sentence index of the sentence the token is in
 * @param attached true when it is written right after the previous token of its sentence, with no
 *                 space between ("normal" after "log-", "-" and "tailed" in "one-tailed")
 */
public record Token(String text, String pos, String lemma, String norm, int sentence, boolean attached) {

    public boolean isNounLike() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }

    public boolean isContent() {
        return isNounLike() || pos.equals("ADJ") || pos.equals("VERB") || pos.equals("NUM") || pos.equals("X");
    }

    public boolean isWord() {
        return !norm.isEmpty();
    }
}
