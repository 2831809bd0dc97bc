package dev.glossarytutor.answer;

import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import java.util.Comparator;
import java.util.List;

/**
 * Deciding the answer from the scored candidates: the most probable is quoted when it reaches the
 * threshold of the question's {@link MatchTuning.Shape}; otherwise the tutor abstains and suggests.
 */
final class Decision {
    static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_CLOSE_MATCHES = 2;

    private Decision() {
    }

    /** Quotes the most probable candidate if it is probable enough; otherwise abstains with suggestions. */
    static Answer decide(ParsedQuestion q, List<Candidate> candidates, MatchTuning tuning) {
        double[] p = tuning.probabilities(candidates);
        List<Ranked> ranked = java.util.stream.IntStream.range(0, p.length).mapToObj(i -> new Ranked(candidates.get(i), p[i]))
                .sorted(Comparator.comparingDouble(Ranked::p).reversed()
                        .thenComparing(r -> r.candidate().entry().term()))
                .toList();
        if (!ranked.isEmpty() && tuning.quotes(shape(q, candidates, ranked.get(0).candidate()), ranked.get(0).p(),
                MatchTuning.none(p))) {
            Ranked top = ranked.get(0);
            Quote quote = new Quote(top.candidate().entry(), top.p());
            if (top.candidate().get(Feature.NAME) > 0 && q.intent() != Intent.DESCRIBE) {
                return Answer.quoting(q.text(), Answer.Kind.DEFINITION, List.of(quote), top.p());
            }
            List<String> close = ranked.stream().skip(1)
                    .filter(r -> r.p() >= Math.max(tuning.suggestAbove(), tuning.closeMargin()))
                    .limit(MAX_CLOSE_MATCHES).map(r -> r.candidate().entry().term()).toList();
            return Answer.described(q.text(), quote, close);
        }
        if (q.intent() == Intent.NONE) {
            return Answer.chatter(q.text());
        }
        List<String> suggestions = ranked.stream().filter(r -> r.p() >= tuning.suggestAbove())
                .limit(MAX_SUGGESTIONS).map(r -> r.candidate().entry().term()).toList();
        double confidence = ranked.isEmpty() ? 1.0 : 1 - ranked.get(0).p();
        return Answer.notFound(q.text(), confidence, suggestions);
    }

    private record Ranked(Candidate candidate, double p) {
    }

    /**
     * Which threshold applies to {@code q} when {@code best} (may be null) is its most probable
     * candidate. A question in a naming form whose phrase is one name
     * spelt whole, perhaps misspelt ("what is a recptive field"), is almost never about an absent
     * term; one whose phrase is more than that ("what is effect size", "what is a GAN") often is.
     */
    static MatchTuning.Shape shape(ParsedQuestion q, List<Candidate> candidates, Candidate best) {
        return switch (q.intent()) {
            case DESCRIBE -> MatchTuning.Shape.DESCRIBED;
            case NONE -> MatchTuning.Shape.CHAT;
            default -> candidates.stream().anyMatch(c -> c.get(Feature.NAME) > 0 && c.get(Feature.NAME_CONFLICT) == 0
                    && c.get(Feature.NAME_COVERS_PHRASE) >= 1) ? MatchTuning.Shape.NAMED
                    : shortened(candidates, best) ? MatchTuning.Shape.SHORTENED : MatchTuning.Shape.LOOSE;
        };
    }

    /**
     * The phrase is not one name spelt whole, but the name of exactly one entry spells every content
     * word of it, ending where the name ends (or, when no name does, with the name's head noun left
     * out): a shortened name ("unicast", "prob dist", "convenience sampling" for Convenience sample
     * even though "sampling" is a name of its own), not a name with words of
     * another concept around it ("standard normal distribution"), a word that is only a modifier of a
     * name ("a gradient"), nor a head noun several names share ("a hypothesis": null or alternative?).
     */
    static boolean shortened(List<Candidate> candidates, Candidate best) {
        // the closest ending on offer decides: a name whose head the phrase spells ("broadcasting" for
        // Broadcast) before those whose head it leaves out (Broadcast address)
        double head = candidates.stream().filter(c -> c.get(Feature.PARTIAL_PHRASE) >= 1)
                .mapToDouble(c -> c.get(Feature.PARTIAL_SAME_HEAD)).max().orElse(0);
        List<Candidate> shortenedNames = candidates.stream().filter(c -> c.get(Feature.PARTIAL_PHRASE) >= 1
                && c.get(Feature.PARTIAL_SAME_HEAD) == head).toList();
        // and that entry is the one to be quoted: the shape vouches for it alone
        return head > 0 && shortenedNames.size() == 1 && shortenedNames.get(0) == best;
    }
}
