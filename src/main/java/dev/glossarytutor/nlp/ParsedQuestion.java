package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * A message after question understanding.
 *
 * @param text        the message as received
 * @param tokens      its tokens with parts of speech and lemmas
 * @param words       its words, prepared for matching
 * @param intent      what it asks for
 * @param cue         true when it has the form of a question or request (a wh-word, "define", "?")
 * @param targetFrom  first word of the phrase asked about (for DESCRIBE, the description)
 * @param targetTo    one past its last word
 * @param description for DESCRIBE, the description without the question's frame; otherwise the target text
 * @param framed      for DESCRIBE, true when an explicit frame says so ("what do you call", "... called?");
 *                    false when only a relative clause suggests it ("what is the X that ..."), in which
 *                    case a glossary name as X wins
 * @param asksMeaning true when a frame asks what something is or means ("what is X", "define X",
 *                    "what do you call ...") or the message is a bare term; false for other
 *                    questions that merely mention a term ("what batch size did you use?")
 * @param frame       indices of the words that belong to the question's frame ("what does", the closing
 *                    "mean", "what do you call"): never a term, even when they spell one ("mean")
 */
public record ParsedQuestion(
        String text,
        List<Token> tokens,
        List<Word> words,
        Intent intent,
        boolean cue,
        int targetFrom,
        int targetTo,
        String description,
        boolean framed,
        boolean asksMeaning,
        Set<Integer> frame) {

    public List<Word> targetWords() {
        return words.subList(targetFrom, targetTo);
    }
}
