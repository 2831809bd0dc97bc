package dev.glossarytutor.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A message being parsed: its tokens, its words (with the question words' tags repaired) and their
 * normalised spellings joined by single spaces, the text the frame patterns read, so "What's",
 * "whats" and "what is" read alike.
 */
record Message(String text, List<Token> tokens, List<Word> words, String joined) {

    static Message of(String text, List<Token> tokens, List<Word> words) {
        return new Message(text, tokens, words, words.stream().map(Word::norm).collect(Collectors.joining(" ")));
    }

    int size() {
        return words.size();
    }

    /** Tokens as text again: a space between two tokens unless the second was written right after the first. */
    static String textOf(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (out.length() > 0 && !t.attached()) {
                out.append(' ');
            }
            out.append(t.text());
        }
        return out.toString();
    }

    Word word(int i) {
        return words.get(i);
    }

    Word last() {
        return words.get(words.size() - 1);
    }

    /** The index of the word that starts at or after character {@code offset} of the joined text. */
    int wordAt(int offset) {
        int index = 0;
        for (int i = 0; i < Math.min(offset, joined.length()); i++) {
            if (joined.charAt(i) == ' ') {
                index++;
            }
        }
        if (offset >= joined.length() && !joined.isEmpty() && joined.charAt(joined.length() - 1) != ' ') {
            return index + 1; // the match ended with the message: one past its last word
        }
        if (offset > 0 && joined.charAt(offset - 1) != ' ') {
            index++; // the match ended inside a word; start after it
        }
        return index;
    }

    /** The first word of a pattern's match on the joined text; a frame may match from the space before it. */
    int firstWordOf(Matcher match) {
        return wordAt(match.start() + (joined.charAt(match.start()) == ' ' ? 1 : 0));
    }

    /** The sentence that word {@code i} is in. */
    int sentenceOf(int i) {
        return tokens.get(words.get(i).token()).sentence();
    }

    /** Token {@code i} comes after punctuation or starts a later sentence. */
    boolean followsABreak(int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        return !previous.isWord() || previous.sentence() != tokens.get(i).sentence();
    }

    boolean startsWithWh() {
        return QuestionWords.WH.contains(words.get(0).norm());
    }

    /** The first word at or after {@code from} that is not a determiner ("the", "a", "that", ...). */
    int skipDeterminers(int from) {
        int i = from;
        while (i < words.size() && QuestionWords.DETERMINERS.contains(words.get(i).norm())) {
            i++;
        }
        return i;
    }
}
