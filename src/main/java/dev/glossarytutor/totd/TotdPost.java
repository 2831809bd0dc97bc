package dev.glossarytutor.totd;

import dev.glossarytutor.glossary.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a term-of-the-day post shows, independent of the transport: the entry (its definition is
 * quoted verbatim by every renderer) and an optional quick check.
 */
public record TotdPost(String serverId, LocalDate date, Entry entry, Optional<QuickCheck> quickCheck) {
    public TotdPost {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(quickCheck, "quickCheck");
    }

    public String term() {
        return entry.term();
    }

    /** The glossary's definition, exactly. */
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
