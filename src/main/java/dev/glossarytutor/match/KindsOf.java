package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.nlp.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that name a kind of an entry without naming it: "the tanh function" is an Activation
 * function, because "function" heads one of its names and its definition lists tanh.
 */
final class KindsOf {
    /** The glossary's entries in order, and which of them have a name whose last word has a given canonical form or form. */
    private final List<Entry> entries;
    private final Map<Entry, List<NameForm>> names;
    private final Map<Entry, Set<String>> vocabulary;
    private final Map<String, int[]> byLastCanon;
    private final Map<String, int[]> byLastForm;

    /**
     * @param names      each entry's names
     * @param vocabulary each entry's word forms, of its names and its definition
     */
    KindsOf(List<Entry> entries, Map<Entry, List<NameForm>> names, Map<Entry, Set<String>> vocabulary) {
        this.entries = entries;
        this.names = names;
        this.vocabulary = vocabulary;
        Map<String, List<Integer>> lastCanons = new HashMap<>();
        Map<String, List<Integer>> lastForms = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (NameForm nf : namesOf(entries.get(i))) {
                Word last = nf.words().get(nf.words().size() - 1);
                IntIndex.addOnce(lastCanons, last.canon(), i);
                for (String f : last.forms()) {
                    IntIndex.addOnce(lastForms, f, i);
                }
            }
        }
        this.byLastCanon = IntIndex.toArrays(lastCanons);
        this.byLastForm = IntIndex.toArrays(lastForms);
    }

    private List<NameForm> namesOf(Entry entry) {
        return names.getOrDefault(entry, List.of());
    }

    /**
     * True when {@code words} name a kind of {@code entry}: the last noun is the head noun of one
     * of its names and every other meaningful word occurs in its names or definition ("the tanh
     * function" is an activation function whose definition lists tanh). "cross validation" is not
     * a validation set, and "embedding layer" is not an embedding.
     */
    boolean named(List<Word> words, Entry entry) {
        List<Word> content = contentWords(words);
        return content.size() >= 2 && headMatches(content, entry) && modifiersKnown(content, entry);
    }

    /**
     * Every entry {@code words} name a kind of ({@link #named}), found through the last words
     * of the names instead of by trying every entry.
     */
    Set<Entry> namedBy(List<Word> words) {
        List<Word> content = contentWords(words);
        if (content.size() < 2) {
            return Set.of();
        }
        Word head = content.get(content.size() - 1);
        BitSet heads = new BitSet(entries.size());
        IntIndex.mark(heads, byLastCanon.get(head.canon()));
        for (String f : head.forms()) {
            IntIndex.mark(heads, byLastForm.get(f));
        }
        Set<Entry> out = new HashSet<>();
        for (int i = heads.nextSetBit(0); i >= 0; i = heads.nextSetBit(i + 1)) {
            Entry e = entries.get(i);
            if (headMatches(content, e) && modifiersKnown(content, e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Word> contentWords(List<Word> words) {
        List<Word> content = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!StopWords.WORDS.contains(w.norm())) {
                content.add(w);
            }
        }
        return content;
    }

    /** The last content word is the head noun of one of the entry's names. */
    private boolean headMatches(List<Word> content, Entry entry) {
        Word head = content.get(content.size() - 1);
        for (NameForm nf : namesOf(entry)) {
            if (head.sameAs(nf.words().get(nf.words().size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Every content word before the head occurs in the entry's names or definition. */
    private boolean modifiersKnown(List<Word> content, Entry entry) {
        Set<String> vocab = vocabulary.get(entry);
        for (Word w : content.subList(0, content.size() - 1)) {
            if (!knows(vocab, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean knows(Set<String> vocab, Word w) {
        for (String f : w.forms()) {
            if (vocab.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
