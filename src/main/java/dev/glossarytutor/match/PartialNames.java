package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.match.PartialName.Head;
import dev.glossarytutor.nlp.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a phrase spells in part, word by word ({@link PartialName}): "stratified sampling" for
 * Stratified random sample, "prob dist" for Probability distribution, "unicast" for Unicast transmission.
 */
final class PartialNames {
    private final List<NameForm> names;
    /** Every word form of every name and definition of the glossary. */
    private final Set<String> glossaryVocabulary = new HashSet<>();
    /** Per name (same index as {@link #names}): its content words, and their stems. */
    private final List<List<Word>> contentWords = new ArrayList<>();
    private final List<String[]> contentStems = new ArrayList<>();
    /**
     * The names a phrase word can match, so a question looks at those alone: by each content word's
     * canonical form ("c:"), forms ("f:"), stem ("s:") and first three letters ("p:", for
     * truncations). Values are indexes into {@link #names}, ascending.
     */
    private final Map<String, int[]> byContentWord;

    /**
     * @param names      every name of the glossary
     * @param vocabulary each entry's word forms, of its names and its definition
     */
    PartialNames(List<NameForm> names, Map<Entry, Set<String>> vocabulary) {
        this.names = names;
        vocabulary.values().forEach(glossaryVocabulary::addAll);
        Map<String, List<Integer>> contentIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            // a name's first word standing for it ("Poisson") is part of the whole name, which it spells in part anyway
            List<Word> content = names.get(i).modifier() ? List.of()
                    : names.get(i).words().stream().filter(PartialNames::isContent).toList();
            String[] stems = new String[content.size()];
            for (int j = 0; j < content.size(); j++) {
                Word w = content.get(j);
                stems[j] = LexicalIndex.stem(w);
                IntIndex.addOnce(contentIndex, "c:" + w.canon(), i);
                for (String f : w.forms()) {
                    IntIndex.addOnce(contentIndex, "f:" + f, i);
                }
                IntIndex.addOnce(contentIndex, "s:" + stems[j], i);
                if (w.norm().length() > 3) {
                    IntIndex.addOnce(contentIndex, "p:" + w.norm().substring(0, 3), i);
                }
            }
            contentWords.add(content);
            contentStems.add(stems);
        }
        this.byContentWord = IntIndex.toArrays(contentIndex);
    }

    /** Each entry that shares at least one content word with {@code phrase}, with its best {@link PartialName}. */
    Map<Entry, PartialName> of(List<Word> phrase) {
        List<Word> asked = phrase.stream().filter(PartialNames::isContent).toList();
        Map<Entry, PartialName> out = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return out;
        }
        String[] askedStems = asked.stream().map(LexicalIndex::stem).toArray(String[]::new);
        for (int i : namesSharingAWordWith(asked, askedStems)) {
            NameForm nf = names.get(i);
            List<Word> name = contentWords.get(i);
            String[] nameStems = contentStems.get(i);
            if (name.isEmpty()) {
                continue;
            }
            int phraseHits = 0;
            boolean abbreviated = false;
            boolean[] nameHit = new boolean[name.size()];
            List<Word> extra = new ArrayList<>();
            for (int k = 0; k < asked.size(); k++) {
                Word a = asked.get(k);
                int best = 0;
                for (int j = 0; j < name.size(); j++) {
                    int m = wordMatch(a, askedStems[k], name.get(j), nameStems[j]);
                    if (m > 0) {
                        nameHit[j] = true;
                        best = Math.max(best, m);
                    }
                }
                phraseHits += best > 0 ? 1 : 0;
                abbreviated |= best == 1;
                if (best == 0) {
                    extra.add(a);
                }
            }
            if (phraseHits == 0) {
                continue;
            }
            int nameHits = 0;
            for (boolean b : nameHit) {
                nameHits += b ? 1 : 0;
            }
            double known = extra.isEmpty() ? 0 : extra.stream()
                    .filter(w -> w.forms().stream().anyMatch(glossaryVocabulary::contains)).count() / (double) extra.size();
            Word askedHead = asked.get(asked.size() - 1);
            // a lone noun that spells the head of a longer name is a thing of its own ("a transmission" is not
            // Unicast transmission, "an error" not Type I error); with a modifier, or when the name is that one
            // word, it is that name shortened or inflected ("broadcasting")
            boolean spelt = wordMatch(askedHead, askedStems[asked.size() - 1], name.get(name.size() - 1),
                    nameStems[name.size() - 1]) > 0 && (asked.size() > 1 || nf.words().size() == 1);
            Head head = spelt ? Head.SPELT : askedHead.isNounLike() ? Head.OTHER : Head.LEFT_OUT;
            PartialName p = new PartialName(phraseHits / (double) asked.size(), nameHits / (double) name.size(),
                    abbreviated, known, head);
            out.merge(nf.entry(), p, (x, y) -> x.phraseShare() + x.nameShare() >= y.phraseShare() + y.nameShare() ? x : y);
        }
        return out;
    }

    /**
     * The names (indexes into {@link #names}, ascending) with a content word that some word of
     * {@code asked} can match in {@link #wordMatch}: the same canonical form, a shared form, the same
     * stem, or a name word that starts with the asked word's first three letters.
     */
    private int[] namesSharingAWordWith(List<Word> asked, String[] askedStems) {
        BitSet found = new BitSet(names.size());
        for (int k = 0; k < asked.size(); k++) {
            Word a = asked.get(k);
            IntIndex.mark(found, byContentWord.get("c:" + a.canon()));
            for (String f : a.forms()) {
                IntIndex.mark(found, byContentWord.get("f:" + f));
            }
            IntIndex.mark(found, byContentWord.get("s:" + askedStems[k]));
            if (a.norm().length() >= 3) {
                IntIndex.mark(found, byContentWord.get("p:" + a.norm().substring(0, 3)));
            }
        }
        return found.stream().toArray();
    }

    /** 2 when two words are one word (a form or the same stem), 1 when {@code asked} truncates {@code name}, else 0. */
    static int wordMatch(Word asked, Word name) {
        return wordMatch(asked, LexicalIndex.stem(asked), name, LexicalIndex.stem(name));
    }

    private static int wordMatch(Word asked, String askedStem, Word name, String nameStem) {
        if (asked.sameAs(name) || askedStem.equals(nameStem)) {
            return 2;
        }
        String a = asked.norm();
        String n = name.norm();
        return a.length() >= 3 && n.length() > a.length() && n.startsWith(a)
                && a.chars().allMatch(Character::isLetter) ? 1 : 0;
    }

    private static boolean isContent(Word w) {
        return !StopWords.WORDS.contains(w.norm()) && w.norm().chars().anyMatch(Character::isLetterOrDigit);
    }
}
