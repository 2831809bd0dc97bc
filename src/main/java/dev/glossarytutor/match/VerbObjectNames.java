package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * A name of a noun and an -ing noun said as the verb and its object: "testing a hypothesis" and "how do we test
 * hypotheses" name Hypothesis testing, "networking computers" names Computer networking. English makes such a
 * compound of a verb's object and the verb's -ing noun ("hypothesis testing" is the testing of hypotheses), so the
 * clause says what the compound names.
 */
final class VerbObjectNames {
    /** Parts of speech that may stand between the verb and its object: "a", "the", "my". */
    private static final Set<String> BETWEEN = Set.of("DET", "PRON");

    /** The names of two words whose second is an -ing noun and whose first is not. */
    private final List<NameForm> names;

    VerbObjectNames(List<NameForm> all) {
        this.names = SplitNames.ofTwoWords(all).stream()
                .filter(nf -> NounGerund.isGerund(nf.words().get(1)) && !nf.words().get(0).norm().endsWith("ing"))
                .toList();
    }

    /** Adds to {@code out} a hit for each such name that {@code words} say as a verb and its object. */
    void addTo(List<Word> words, List<NameHit> out) {
        if (names.isEmpty()) {
            return;
        }
        for (int verb = 0; verb + 1 < words.size(); verb++) {
            Word v = words.get(verb);
            if (!v.pos().equals("VERB")) {
                continue;
            }
            String stem = LexicalIndex.stem(v);
            if (stem.length() < SplitNames.MIN_STEM) {
                continue;
            }
            int object = SplitNames.nounAfter(words, verb, BETWEEN);
            if (object < 0) {
                continue;
            }
            for (NameForm nf : names) {
                if (stem.equals(LexicalIndex.stem(nf.words().get(1))) && words.get(object).sameAs(nf.words().get(0))) {
                    out.add(new NameHit(nf.entry(), nf.name(), verb, object + 1, SplitNames.SCORE, false, false));
                }
            }
        }
    }
}
