package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.glossary.Entry;
import java.util.List;

/**
 * One name of an entry (its term, an alias or a hidden variant), prepared for matching.
 *
 * @param entry    the entry it names
 * @param name     the name as the glossary writes it
 * @param words    its words
 * @param squashed its canonical words joined without spaces ("unet", "latentspace")
 * @param plain    its normalised words joined without spaces, for typo distance
 * @param derived  true for a name the glossary implies but does not write (an initialism, a unique
 *                 head noun): matched only as spelt, never as a typo
 * @param acronym  whether {@code name} is written as an acronym ("CSMA/CD", "TCP"): one letter off
 *                 is another acronym, never a typo
 * @param capitals true when it names its entry only typed in capitals ("MoE", not "moe"): a cased
 *                 initialism, which may spell an English word
 * @param modifier true when it is the first word of its name standing for the whole ("Poisson" for
 *                 Poisson distribution): a noun after it makes another concept ("Poisson process")
 */
record NameForm(Entry entry, String name, List<Word> words, String squashed, String plain, boolean derived,
                boolean acronym, boolean capitals, boolean modifier) {

    NameForm(Entry entry, String name, List<Word> words, String squashed, String plain, boolean derived,
             boolean capitals, boolean modifier) {
        this(entry, name, words, squashed, plain, derived, isAcronym(name), capitals, modifier);
    }

    /** At least two capitals and at most half as many lower-case letters: "TCP", "CSMA/CD", "ReLU". */
    static boolean isAcronym(String name) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 2 && lower <= upper / 2;
    }
}
