package dev.glossarytutor.coverage;

import java.time.Instant;
import java.util.List;

/**
 * What students asked that the glossary could not answer, grouped by normalised text and most
 * frequent first, and which terms they asked about most.
 */
public record GapReport(String serverId, int unanswered, int answered, List<Gap> gaps, List<TermCount> topTerms) {

    /**
     * One group of unanswered questions.
     *
     * @param normalized  the text the group shares after normalisation
     * @param example     the latest question in the group as typed
     * @param count       how often it was asked
     * @param lastAsked   when it was last asked
     * @param suggestions what the tutor suggested the last time
     */
    public record Gap(String normalized, String example, int count, Instant lastAsked, List<String> suggestions) {
        public Gap {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A term and how often it was answered. */
    public record TermCount(String term, int count) {
    }

    public GapReport {
        gaps = List.copyOf(gaps);
        topTerms = List.copyOf(topTerms);
    }

    /**
     * Plain text for instructors. Question text is students' input, so every "@" gets a zero-width
     * space after it: quoting a question never pings anybody, whatever the transport does.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (gaps.isEmpty()) {
            out.append("No unanswered questions logged yet.\n");
        } else {
            out.append("Unanswered questions (").append(unanswered).append(" in all), most frequent first:\n");
            for (Gap g : gaps) {
                out.append(String.format("%4d x  %s", g.count(), defuse(g.example())));
                if (!g.suggestions().isEmpty()) {
                    out.append("   (suggested: ").append(String.join(", ", g.suggestions())).append(')');
                }
                out.append('\n');
            }
        }
        if (!topTerms.isEmpty()) {
            out.append("\nMost-asked terms (").append(answered).append(" answers in all):\n");
            for (TermCount t : topTerms) {
                out.append(String.format("%4d x  %s%n", t.count(), t.term()));
            }
        }
        return out.toString().stripTrailing();
    }

    static String defuse(String userText) {
        return userText.replace("@", "@\u200B").replace('\n', ' ');
    }
}
