package dev.glossarytutor.answer;

import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The sides of a comparison that share a head: "valid vs same convolution" compares Valid
 * Convolution with Same Convolution though only one side spells "convolution".
 */
final class SharedHeadComparison {
    /** What joins the two sides of a comparison: "X vs Y", "X and Y", "X from Y", "X to Y". */
    private static final Set<String> COMPARED_WITH = Set.of("vs", "versus", "v", "and", "or", "from", "to");

    private final TermMatcher matcher;

    SharedHeadComparison(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * "valid vs same convolution": one conjunct shares the other's head, so "valid" is read as
     * "valid convolution" when that is a glossary name. The head is the end of the name on the
     * other side of the joiner ("one tailed vs two tailed test, how do I know which to use" shares
     * "test", not the message's last word), or, when neither side is a name, the noun that ends
     * the words after the joiner.
     */
    List<NameHit> withSharedHead(ParsedQuestion q, List<NameHit> good, List<NameHit> conflicts) {
        List<Word> words = q.words();
        List<NameHit> out = new ArrayList<>(good);
        for (int s = 1; s < words.size() - 1; s++) {
            if (!COMPARED_WITH.contains(words.get(s).norm())) {
                continue;
            }
            int joiner = s;
            int rightFrom = skipDeterminers(words, s + 1);
            Span right = out.stream().filter(h -> h.from() == rightFrom).findFirst().map(Span::of).orElse(null);
            Span left = out.stream().filter(h -> h.to() <= joiner && h.to() >= joiner - 1).findFirst()
                    .map(Span::of).orElse(null);
            if (right == null && left == null) {
                right = nounPhraseAfter(q, rightFrom);
            }
            if (right != null && left == null) {
                // "one tailed vs two tailed test": the left conjunct, one or two words, borrows the head
                // of the name after the joiner ("test"; "random variable" in "discrete vs continuous random variable")
                for (int width = 1; width <= 2 && s - width >= 0; width++) {
                    int from = s - width;
                    if (out.stream().anyMatch(h -> h.from() < joiner && from < h.to()) || !sameRun(q, from, s)) {
                        break;
                    }
                    addNamed(out, words.subList(from, s), heads(words, right), from, s);
                }
            } else if (left != null && right == null && rightFrom < words.size()) {
                // "fiber cable different from twisted pair": the right conjunct, one to three words,
                // borrows the head of the name before the joiner ("cable")
                for (int width = 1; width <= 3 && rightFrom + width <= words.size(); width++) {
                    int to = rightFrom + width;
                    if (out.stream().anyMatch(h -> h.from() < to && rightFrom < h.to()) || !sameRun(q, rightFrom, to - 1)) {
                        break;
                    }
                    addNamed(out, words.subList(rightFrom, to), heads(words, left), rightFrom, to);
                }
                if (rightFrom + 1 == words.size() || !sameRun(q, rightFrom, rightFrom + 1)
                        || endsAsTheName(q, left, rightFrom + 1)) {
                    // "sampling with replacement vs without", "... vs without replacement, when do you use which": a
                    // word after the joiner, alone or before the name's own last words, stands for the word of its
                    // kind in the name before it
                    addSubstituted(out, words.subList(left.from(), left.to()), words.get(rightFrom), rightFrom);
                }
            }
        }
        // "mutually exclusive events different from independent events": a name followed by the head
        // noun of the other name compared is that name, not a longer concept
        for (NameHit c : conflicts) {
            if (out.stream().noneMatch(o -> o.entry().equals(c.entry()) || o.from() < c.to() && c.from() < o.to())
                    && out.stream().anyMatch(o -> followedByHeadOf(words, c, o))) {
                out.add(new NameHit(c.entry(), c.name(), c.from(), c.to(), c.score(), false, c.derived()));
            }
        }
        out.sort(Comparator.comparingInt(NameHit::from));
        return out;
    }

    /** Up to three words after the joiner, to the first break, ending in a noun: a stand-in for the name there. */
    private static Span nounPhraseAfter(ParsedQuestion q, int from) {
        int to = from;
        while (to < q.words().size() && to < from + 3 && (to == from || sameRun(q, to - 1, to))) {
            to++;
        }
        while (to > from && !q.words().get(to - 1).isNounLike()) {
            to--;
        }
        return to - from >= 2 ? new Span(from, to) : null;
    }

    /** Words [from, to) of the message. */
    private record Span(int from, int to) {
        static Span of(NameHit h) {
            return new Span(h.from(), h.to());
        }

        int length() {
            return to - from;
        }
    }

    /** The last one and two words of a multi-word name's span: the head a conjunct may share. */
    private static List<List<Word>> heads(List<Word> words, Span h) {
        List<List<Word>> out = new ArrayList<>();
        for (int width = 1; width <= 2 && width < h.length(); width++) {
            out.add(words.subList(h.to() - width, h.to()));
        }
        return out;
    }

    /** Adds the entry that {@code conjunct} followed by one of {@code heads} names whole, as a hit on [from, to). */
    private void addNamed(List<NameHit> out, List<Word> conjunct, List<List<Word>> heads, int from, int to) {
        for (List<Word> head : heads) {
            List<Word> phrase = new ArrayList<>(conjunct);
            phrase.addAll(head);
            if (addWholeName(out, phrase, from, to)) {
                return;
            }
        }
    }

    /**
     * Adds the entry, not yet among {@code out}, that {@code phrase} names whole, as a hit on words [from, to) of the
     * message; false when there is none.
     */
    private boolean addWholeName(List<NameHit> out, List<Word> phrase, int from, int to) {
        for (NameHit h : matcher.find(phrase)) {
            if (h.from() == 0 && h.to() == phrase.size() && !h.conflict()
                    && out.stream().noneMatch(o -> o.entry().equals(h.entry()))) {
                out.add(new NameHit(h.entry(), h.name(), from, to, h.score(), false, h.derived()));
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the entry that {@code name}'s words name whole with one of them replaced by {@code word}, a word of the
     * same part of speech, as a hit on that word alone.
     */
    private void addSubstituted(List<NameHit> out, List<Word> name, Word word, int at) {
        for (int i = 0; i < name.size(); i++) {
            if (!name.get(i).pos().equals(word.pos()) || name.get(i).sameAs(word)) {
                continue;
            }
            List<Word> phrase = new ArrayList<>(name);
            phrase.set(i, word);
            if (addWholeName(out, phrase, at, at + 1)) {
                return;
            }
        }
    }

    /**
     * Words from {@code from} to the next break or the message's end are the last words of {@code name}'s span, fewer
     * than all of them: "replacement" after "without" in "sampling with replacement vs without replacement".
     */
    private static boolean endsAsTheName(ParsedQuestion q, Span name, int from) {
        List<Word> words = q.words();
        int to = from;
        while (to < words.size() && sameRun(q, to - 1, to)) {
            to++;
        }
        int width = to - from;
        if (width < 1 || width >= name.length()) {
            return false;
        }
        for (int i = 0; i < width; i++) {
            if (!words.get(from + i).sameAs(words.get(name.to() - width + i))) {
                return false;
            }
        }
        return true;
    }

    /** The words right after {@code named} are the last words of {@code other}'s span: "exclusive | events" and "independent events". */
    private static boolean followedByHeadOf(List<Word> words, NameHit named, NameHit other) {
        for (int width = 1; width <= 2 && width < other.length(); width++) {
            if (named.to() + width > words.size()) {
                return false;
            }
            boolean same = true;
            for (int i = 0; i < width && same; i++) {
                same = words.get(named.to() + i).sameAs(words.get(other.to() - width + i));
            }
            boolean ends = named.to() + width == words.size() || !words.get(named.to() + width).isNounLike();
            if (same && ends) {
                return true;
            }
        }
        return false;
    }

    private static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && words.get(i).pos().equals("DET")) {
            i++;
        }
        return i;
    }

    /** Words {@code a} through {@code b} are not parted by punctuation (a hyphen joins: "one-tailed") or a sentence end. */
    private static boolean sameRun(ParsedQuestion q, int a, int b) {
        for (int i = a; i < b; i++) {
            int ta = q.words().get(i).token();
            int tb = q.words().get(i + 1).token();
            if (q.tokens().get(ta).sentence() != q.tokens().get(tb).sentence()) {
                return false;
            }
            for (int t = ta + 1; t < tb; t++) {
                if (!q.tokens().get(t).text().chars().allMatch(c -> c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }
}
