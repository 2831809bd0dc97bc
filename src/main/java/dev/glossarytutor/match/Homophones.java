package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A word of a question spelt as a name's word sounds: "fysical" for physical, "pare" for pair. Students
 * misspell by ear as well as by finger, and a spelling by ear can be a letter or two further off
 * than a slip ("fysical" is two edits from "physical" and starts with another letter).
 *
 * <p>Sounds are coarse ("from" sounds as "frame" does), so a word that sounds like a name's word
 * counts only when it is a noun or an adjective, or a word English lacks.
 */
final class Homophones {
    /** Whole words' codes: the default four sounds would make "sample" sound as "sampling". */
    private static final DoubleMetaphone SOUNDS = wholeWords();
    /** Longer than any word's code ("FSKL" for physical). */
    private static final int MAX_SOUNDS = 32;
    /** Shorter words share their sound with too many others ("ad", "add"). */
    private static final int MIN_LENGTH = 3;
    /** The parts of speech a word of a name takes. */
    private static final Set<String> NAME_POS = Set.of("NOUN", "PROPN", "ADJ");

    private Homophones() {
    }

    private static DoubleMetaphone wholeWords() {
        DoubleMetaphone sounds = new DoubleMetaphone();
        sounds.setMaxCodeLen(MAX_SOUNDS);
        return sounds;
    }

    /** True when {@code asked} sounds as {@code named} does (not the same word: see {@link Word#sameAs}). */
    static boolean alike(Word asked, Word named) {
        String a = asked.norm();
        String n = named.norm();
        if (a.length() < MIN_LENGTH || n.length() < MIN_LENGTH || !a.chars().allMatch(Character::isLetter)
                || !n.chars().allMatch(Character::isLetter) || StopWords.WORDS.contains(a)) {
            return false;
        }
        if (!NAME_POS.contains(asked.pos()) && KnownWords.contains(a)) {
            return false;
        }
        if (a.charAt(0) != n.charAt(0) && !(a.startsWith("f") && n.startsWith("ph"))) {
            return false; // the first letter is heard right, but for "ph": "protocal" is not "broadcast"
        }
        String sound = sound(a);
        return sound.length() >= 2 && sound.equals(sound(n)) && !asked.sameAs(named);
    }

    /** How a word sounds, as a short code: "fysical" and "physical" both sound "FSKL". */
    static String sound(String word) {
        String code = SOUNDS.doubleMetaphone(word);
        return code == null ? "" : code;
    }
}
