package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import java.util.Objects;

/**
 * A glossary entry chosen to answer a question. The definition is the entry's own text, so it
 * is quoted exactly as the glossary has it.
 *
 * @param entry the entry quoted
 * @param score how sure the tutor is that this entry is meant, 0..1
 */
public record Quote(Entry entry, double score) {
    public Quote {
        Objects.requireNonNull(entry, "entry");
    }

    public String term() {
        return entry.term();
    }

    public String definition() {
        return entry.definition();
    }

    public List<String> aliases() {
        return entry.aliases();
    }

    public List<String> seeAlso() {
        return entry.seeAlso();
    }
}
