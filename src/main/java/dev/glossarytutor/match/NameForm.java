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
 */
record NameForm(Entry entry, String name, List<Word> words, String squashed, String plain, boolean derived) {
}
