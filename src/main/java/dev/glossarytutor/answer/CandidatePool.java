package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.match.LexicalIndex;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.PartialName;
import dev.glossarytutor.match.SemanticIndex;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.ContrastedPhrases;
import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The entries worth scoring for a question: those it names, the nearest by meaning and by words,
 * the kinds it names and the names it spells in part. Each gets its signals from {@link CandidateSignals}.
 */
final class CandidatePool {
    /** How many of the nearest entries by meaning, by heading and by words become candidates. */
    private static final int NEAREST = 8;
    /** A phrase of at most this many content words adds the entries whose names it mostly spells as candidates. */
    private static final int PARTIAL_MAX_WORDS = 4;

    private final TermMatcher matcher;
    private final LexicalIndex lexical;
    private final SimilarityFloors floors;
    /** The definitions' embeddings, waited for if need be, and whether they are ready without waiting. */
    private final Supplier<SemanticIndex> semantic;
    private final BooleanSupplier semanticReady;

    CandidatePool(TermMatcher matcher, LexicalIndex lexical, SimilarityFloors floors,
                  Supplier<SemanticIndex> semantic, BooleanSupplier semanticReady) {
        this.matcher = matcher;
        this.lexical = lexical;
        this.floors = floors;
        this.semantic = semantic;
        this.semanticReady = semanticReady;
    }

    /** The entries worth scoring, each with its signals. */
    List<Candidate> candidates(ParsedQuestion q, List<NameHit> hits) {
        Map<Entry, NameHit> named = new LinkedHashMap<>();
        for (NameHit h : hits) {
            named.merge(h.entry(), h, (a, b) -> a.conflict() != b.conflict() ? (a.conflict() ? b : a)
                    : a.score() >= b.score() ? a : b);
        }
        named.values().removeIf(h -> outspelt(h, hits));
        List<Word> phrase = q.targetWords();
        boolean asks = !q.description().isBlank();
        // Until the embeddings are ready a question that names an entry is scored without them, so it
        // never waits; a question that names nothing waits (docs/matching.md).
        boolean byMeaning = asks && !spelledOut(q, named.values())
                && (semanticReady.getAsBoolean() || named.values().stream().allMatch(NameHit::conflict));
        long content = phrase.stream().filter(w -> !CandidateSignals.isStop(w)).count();
        SemanticIndex.Similarities sims = byMeaning ? semantic.get().similarities(embeddedText(q, content))
                : SemanticIndex.Similarities.none();
        Map<Entry, Double> lex = asks ? lexical.score(phrase) : Map.of();

        Set<Entry> pool = new LinkedHashSet<>(named.keySet());
        pool.addAll(sims.nearest(NEAREST));
        pool.addAll(nearest(lex));
        // a short phrase may name a kind of an entry ("the tanh function"): checked once per entry
        Set<Entry> kindOf = asks && content <= 3 ? matcher.kindsNamedBy(phrase) : Set.of();
        pool.addAll(kindOf);
        // a phrase that spells most of a name by stems or truncations ("prob dist", "convenience sampling")
        Map<Entry, PartialName> partial = asks && content > 0 ? matcher.partialNames(phrase) : Map.of();
        if (content <= PARTIAL_MAX_WORDS) {
            partial.entrySet().stream()
                    .filter(p -> p.getValue().phraseShare() >= 0.5 && p.getValue().nameShare() >= 0.5)
                    .sorted(Comparator.comparingDouble((Map.Entry<Entry, PartialName> p) ->
                            p.getValue().phraseShare() + p.getValue().nameShare()).reversed())
                    .limit(NEAREST).forEach(p -> pool.add(p.getKey()));
        }
        CandidateSignals signals = new CandidateSignals(q, matcher, floors, asks, content, named, sims, lex,
                kindOf, partial);
        List<Candidate> out = new ArrayList<>();
        for (Entry e : pool) {
            out.add(new Candidate(e, signals.of(e)));
        }
        return out;
    }

    /**
     * The text of {@code q} that is embedded. A description, or a phrase of {@link CandidateSignals#LONG_PHRASE}
     * content words or more, is embedded as the whole message: the frame's and context's words ("what's that
     * algorithm", "... called in networking", the clause before "what is it") say what is described,
     * and a misread frame loses none of it, but what it sets aside ("instead of a range") is left out: another concept,
     * which pulls the embedding towards that concept's definition (BM25 keeps those words: left out there too, they
     * cost more answers than they gave). A short phrase is embedded alone, so "what is effect size" is compared by
     * what it names, not by "what is".
     */
    static String embeddedText(ParsedQuestion q, long contentWords) {
        boolean whole = q.intent() == Intent.DESCRIBE || contentWords >= CandidateSignals.LONG_PHRASE;
        return whole ? ContrastedPhrases.textWithout(q, ContrastedPhrases.in(q)) : q.description();
    }

    /**
     * The {@link #NEAREST} highest scores, highest first, equal scores in the map's order (what a
     * stable sort of every score would keep), without sorting every entry of a large glossary.
     */
    static List<Entry> nearest(Map<Entry, Double> scores) {
        List<Map.Entry<Entry, Double>> top = new ArrayList<>(NEAREST + 1);
        for (Map.Entry<Entry, Double> e : scores.entrySet()) {
            double v = e.getValue();
            if (top.size() == NEAREST && Double.compare(v, top.get(NEAREST - 1).getValue()) <= 0) {
                continue;
            }
            int at = top.size();
            while (at > 0 && Double.compare(top.get(at - 1).getValue(), v) < 0) {
                at--;
            }
            top.add(at, e);
            if (top.size() > NEAREST) {
                top.remove(NEAREST);
            }
        }
        List<Entry> out = new ArrayList<>(top.size());
        top.forEach(e -> out.add(e.getKey()));
        return out;
    }

    /**
     * The phrase asked about is one name, spelt out whole ("what is a hub", "backprop?"): meaning
     * adds nothing the name does not say, so the question is not embedded. This keeps name questions
     * at a millisecond; the scorer is fitted the same way.
     */
    /**
     * True when another entry's name spells exactly the same words more exactly than {@code h}:
     * "activations" is one entry's alias as written and only an inflection of another's
     * "activation"; "type 2 error" is Type II as written and Type I misspelt. The words name the
     * entry that spells them best, so the other is no name match at all (it may still be a candidate
     * by meaning).
     */
    private static boolean outspelt(NameHit h, List<NameHit> hits) {
        return !h.conflict() && hits.stream().anyMatch(g -> !g.conflict() && !g.entry().equals(h.entry())
                && g.from() == h.from() && g.to() == h.to() && g.score() > h.score());
    }

    private static boolean spelledOut(ParsedQuestion q, java.util.Collection<NameHit> named) {
        if (q.intent() == Intent.DESCRIBE) {
            return false;
        }
        int first = q.targetFrom();
        int last = q.targetTo() - 1;
        while (first <= last && CandidateSignals.isStop(q.words().get(first))) {
            first++;
        }
        while (last >= first && CandidateSignals.isStop(q.words().get(last))) {
            last--;
        }
        int from = first;
        int to = last + 1;
        return from < to && named.stream().anyMatch(h -> !h.conflict() && h.from() <= from && h.to() >= to);
    }
}
