package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * A name of a modifier and a noun said as the modifier's noun with "of" and the name's noun: "independence of two
 * events" names Independent events, "the normality of a distribution" Normal distribution. English nominalises a
 * property of a thing so ("the independence of events" is the events' being independent), and the phrase says what the
 * name says.
 */
final class NominalisedNames {
    /** Suffixes that make a noun of an adjective or a verb: "independence", "normality", "randomness". */
    private static final Set<String> NOUN_SUFFIXES = Set.of("ence", "ance", "ency", "ancy", "ity", "ness", "ion", "ment");
    /** Parts of speech that may stand between "of" and the noun: "of two events", "of a distribution". */
    private static final Set<String> BETWEEN = Set.of("DET", "NUM");

    /** The names of two words whose first is not an -ing noun. */
    private final List<NameForm> names;

    NominalisedNames(List<NameForm> all) {
        this.names = SplitNames.ofTwoWords(all).stream()
                .filter(nf -> !nf.words().get(0).norm().endsWith("ing"))
                .toList();
    }

    /** Adds to {@code out} a hit for each such name that {@code words} say as a nominalised modifier, "of" and the noun. */
    void addTo(List<Word> words, List<NameHit> out) {
        if (names.isEmpty()) {
            return;
        }
        for (int noun = 0; noun + 2 < words.size(); noun++) {
            Word n = words.get(noun);
            if (!n.isNounLike() || !nominal(n.norm()) || !words.get(noun + 1).norm().equals("of")
                    || !SplitNames.adjacent(words, noun + 1)) {
                continue;
            }
            String stem = LexicalIndex.stem(n);
            if (stem.length() < SplitNames.MIN_STEM) {
                continue;
            }
            int object = SplitNames.nounAfter(words, noun + 1, BETWEEN);
            if (object < 0) {
                continue;
            }
            for (NameForm nf : names) {
                Word modifier = nf.words().get(0);
                if (!n.sameAs(modifier) && stem.equals(LexicalIndex.stem(modifier))
                        && words.get(object).sameAs(nf.words().get(1))) {
                    out.add(new NameHit(nf.entry(), nf.name(), noun, object + 1, SplitNames.SCORE, false, false));
                }
            }
        }
    }

    private static boolean nominal(String word) {
        return NOUN_SUFFIXES.stream().anyMatch(word::endsWith);
    }
}
