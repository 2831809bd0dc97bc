package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Quotation marks the tokenizer left on the words they enclose ("the prof kept saying 'feature maps' ..." gives
 * "'feature" and "maps'"), split off so the tagger sees the words as words and the marks as punctuation.
 */
final class QuoteMarks {
    /** Marks that open or close a quotation, as typed. */
    private static final Set<Character> MARKS = Set.of('\'', '"', '‘', '’', '“', '”', '`');
    /** The most words a quotation split here encloses: a term, not a sentence quoted. */
    private static final int QUOTED_WORDS = 6;

    private QuoteMarks() {
    }

    /**
     * {@code spans} of {@code sentence}, with the marks of a quotation split off the words they are glued to: an
     * opening mark at the start of a word after a space (not the "'s" of "it's", glued to its word), and the closing
     * mark at the end of the same word or one of the next few.
     */
    static Span[] split(Span[] spans, String sentence) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        int i = 0;
        while (i < spans.length) {
            int close = opens(spans, sentence, i) ? closing(spans, sentence, i) : -1;
            if (close < 0) {
                out.add(spans[i++]);
                continue;
            }
            for (int k = i; k <= close; k++) {
                int start = spans[k].getStart();
                int end = spans[k].getEnd();
                if (k == i) {
                    out.add(new Span(start, start + 1));
                    start++;
                }
                if (k == close) {
                    out.add(new Span(start, end - 1));
                    out.add(new Span(end - 1, end));
                } else {
                    out.add(new Span(start, end));
                }
            }
            i = close + 1;
        }
        return out.toArray(Span[]::new);
    }

    /** Span {@code i} starts with a mark glued to a letter or digit, after a space or at the start. */
    private static boolean opens(Span[] spans, String sentence, int i) {
        int start = spans[i].getStart();
        return (i == 0 || spans[i - 1].getEnd() < start) && spans[i].length() > 1
                && MARKS.contains(sentence.charAt(start)) && Character.isLetterOrDigit(sentence.charAt(start + 1));
    }

    /**
     * The span, {@code open} itself or one of the next few, that ends with a mark glued to a letter or digit
     * before a space or the end, with no mark of its own between; -1 when there is none.
     */
    private static int closing(Span[] spans, String sentence, int open) {
        for (int k = open; k < spans.length && k < open + QUOTED_WORDS; k++) {
            int start = spans[k].getStart() + (k == open ? 1 : 0);
            int end = spans[k].getEnd();
            boolean spaced = k + 1 == spans.length || spans[k + 1].getStart() > end;
            if (end - start > 1 && MARKS.contains(sentence.charAt(end - 1))
                    && Character.isLetterOrDigit(sentence.charAt(end - 2)) && spaced) {
                return k;
            }
            if (end - start == 1 && MARKS.contains(sentence.charAt(start))) {
                return -1; // a mark of its own: the tokenizer split this quotation's end itself
            }
        }
        return -1;
    }
}
