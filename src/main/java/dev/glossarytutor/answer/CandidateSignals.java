package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.PartialName;
import dev.glossarytutor.match.SemanticIndex;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Feature} vector of each candidate of one question: how it is named, how much of a
 * name the phrase spells, how near it is by meaning and by words, and what form the question has.
 * Built once per question from what {@link CandidatePool} found; read once per candidate.
 */
final class CandidateSignals {
    /** A phrase of at least this many content words is long: usually a description (Feature.LONG_PHRASE). */
    static final int LONG_PHRASE = 4;

    private final ParsedQuestion q;
    private final List<Word> phrase;
    private final TermMatcher matcher;
    private final SimilarityFloors floors;
    private final boolean asks;
    private final long content;
    /** The phrase is long and no one name spells it whole: usually a description (Feature.LONG_PHRASE). */
    private final boolean longPhrase;
    private final Map<Entry, NameHit> named;
    private final SemanticIndex.Similarities sims;
    private final Map<Entry, Double> lex;
    private final Set<Entry> kindOf;
    private final Map<Entry, PartialName> partial;
    /** The best of each kind of evidence among all entries: a candidate's gap to it is a signal. */
    private final double bestSem;
    private final double bestName;
    private final double bestLex;

    /**
     * @param asks    the message has a phrase it asks about
     * @param content how many content words that phrase has
     * @param named   the best name hit of each entry named in the message
     * @param sims    the definitions' similarity to the question, or none when it is not embedded
     * @param lex     each entry's BM25 score for the phrase
     * @param kindOf  the entries the phrase names a kind of
     * @param partial the names the phrase spells in part
     */
    CandidateSignals(ParsedQuestion q, TermMatcher matcher, SimilarityFloors floors, boolean asks, long content,
                     Map<Entry, NameHit> named, SemanticIndex.Similarities sims, Map<Entry, Double> lex,
                     Set<Entry> kindOf, Map<Entry, PartialName> partial) {
        this.q = q;
        this.phrase = q.targetWords();
        this.matcher = matcher;
        this.floors = floors;
        this.asks = asks;
        this.content = content;
        this.longPhrase = content >= LONG_PHRASE
                && named.values().stream().noneMatch(h -> !h.conflict() && spellsThePhrase(q, h));
        this.named = named;
        this.sims = sims;
        this.lex = lex;
        this.kindOf = kindOf;
        this.partial = partial;
        this.bestSem = sims.best();
        // a name in the phrase asked about is weighed against the names there, not against one the rest of the message
        // spells better ("preamable in ethernet" asks about a misspelt Preamble, not Ethernet)
        List<NameHit> clean = named.values().stream().filter(h -> !h.conflict()).toList();
        List<NameHit> inPhrase = clean.stream().filter(h -> inPhrase(q, h)).toList();
        this.bestName = (inPhrase.isEmpty() ? clean : inPhrase).stream().mapToDouble(NameHit::score).max().orElse(0);
        this.bestLex = lex.values().stream().mapToDouble(CandidateSignals::saturate).max().orElse(0);
    }

    /** The signals of {@code e}, indexed by {@link Feature#ordinal()}. */
    double[] of(Entry e) {
        double[] x = new double[Feature.values().length];
        NameHit h = named.get(e);
        if (h != null) {
            setNamed(x, h);
        }
        set(x, Feature.NAME_OVERLAP, matcher.nameOverlap(phrase, e));
        set(x, Feature.KIND_OF, kindOf.contains(e) ? 1 : 0);
        setPartial(x, partial.getOrDefault(e, PartialName.NONE));
        if (asks) {
            setNearness(x, e);
        }
        setQuestionForm(x);
        return x;
    }

    private static boolean inPhrase(ParsedQuestion q, NameHit h) {
        return h.from() >= q.targetFrom() && h.to() <= q.targetTo();
    }

    /** How the message names the entry, by the hit {@code h}. */
    private void setNamed(double[] x, NameHit h) {
        set(x, Feature.NAME, h.score());
        set(x, Feature.NAME_EXACT, h.score() >= 1 ? 1 : 0);
        set(x, Feature.NAME_BEST, !h.conflict() && h.score() >= bestName ? 1 : 0);
        // a typo counts only where it is the best spelling on offer: "type 2 error" is Type II, not Type I misspelt
        set(x, Feature.NAME_TYPO, h.score() < 0.95 && h.score() >= bestName ? 1 : 0);
        set(x, Feature.NAME_CONFLICT, h.conflict() ? 1 : 0);
        set(x, Feature.NAME_PREMODIFIED, matcher.premodified(q.words(), h, q.targetFrom()) ? 1 : 0);
        set(x, Feature.NAME_IN_PHRASE, inPhrase(q, h) ? 1 : 0);
        set(x, Feature.NAME_COVERS_PHRASE, content == 0 ? 1 : Math.min(1.0,
                q.words().subList(Math.max(h.from(), q.targetFrom()), Math.max(Math.min(h.to(), q.targetTo()),
                        Math.max(h.from(), q.targetFrom()))).stream().filter(w -> !isStop(w)).count()
                        / (double) content));
        set(x, Feature.NAME_WORDS, Math.min(h.length(), 4) / 4.0);
        set(x, Feature.NAME_IN_FRAME, h.to() <= q.targetFrom() ? 1 : 0);
        set(x, Feature.NAME_AS_VERB, h.length() == 1 && isVerb(q.words().get(h.from())) ? 1 : 0);
        set(x, Feature.NAME_DERIVED, h.derived() ? 1 : 0);
        long outside = java.util.stream.IntStream.range(q.targetFrom(), q.targetTo())
                .filter(i -> i < h.from() || i >= h.to())
                .filter(i -> q.words().get(i).isNounLike()).count();
        set(x, Feature.UNCOVERED_NOUNS, Math.min(outside, 2) / 2.0);
        set(x, Feature.NAME_IN_COMPLEMENT, inComplement(q, h) ? 1 : 0);
        set(x, Feature.NAME_INSIDE_LONGER, named.values().stream().anyMatch(g -> g != h
                && g.from() <= h.from() && g.to() >= h.to() && g.length() > h.length()) ? 1 : 0);
        set(x, Feature.NAMED_IN_DESCRIPTION, q.intent() == Intent.DESCRIBE && !headsTarget(q, h) ? 1 : 0);
    }

    /** How much of one of the entry's names the phrase spells by stems or truncations. */
    private static void setPartial(double[] x, PartialName pn) {
        set(x, Feature.PARTIAL_PHRASE, pn.phraseShare());
        set(x, Feature.PARTIAL_NAME, pn.nameShare());
        set(x, Feature.PARTIAL_BOTH, pn.phraseShare() * pn.nameShare());
        // a truncation explains only the share of the phrase it spells: "conv" in a long description is context
        set(x, Feature.PARTIAL_ABBREVIATED, pn.abbreviated() ? pn.phraseShare() : 0);
        set(x, Feature.PARTIAL_EXTRA_KNOWN, pn.extraKnown());
        set(x, Feature.PARTIAL_SAME_HEAD, switch (pn.head()) {
            case SPELT -> 1;
            case LEFT_OUT -> 0.5;
            case OTHER -> 0;
        });
    }

    /** How near the entry's definition is to the question by meaning and by words, and how far from the nearest. */
    private void setNearness(double[] x, Entry e) {
        double sem = sims.definition(e);
        double whole = sims.wholeDefinition(e);
        double lexical = saturate(lex.getOrDefault(e, 0.0));
        set(x, Feature.SEMANTIC, sem - floors.described());
        set(x, Feature.SEMANTIC_GAP, sem - bestSem);
        set(x, Feature.DEFINITION_SEMANTIC, whole - floors.described());
        set(x, Feature.LEXICAL, lexical);
        set(x, Feature.LEXICAL_GAP, lexical - bestLex);
    }

    /** The question's form, alone and times the signals it changes the weight of; reads those already set. */
    private void setQuestionForm(double[] x) {
        set(x, Feature.ASKS_MEANING, q.asksMeaning() ? 1 : 0);
        set(x, Feature.ASKS_MEANING_NAME, q.asksMeaning() ? x[Feature.NAME.ordinal()] : 0);
        boolean describe = q.intent() == Intent.DESCRIBE;
        set(x, Feature.DESCRIBE, describe ? 1 : 0);
        set(x, Feature.DESCRIBE_SEMANTIC, describe ? x[Feature.SEMANTIC.ordinal()] : 0);
        set(x, Feature.DESCRIBE_NAME, describe ? x[Feature.NAME.ordinal()] : 0);
        boolean chat = q.intent() == Intent.NONE;
        set(x, Feature.NOT_A_QUESTION, chat ? 1 : 0);
        set(x, Feature.NOT_A_QUESTION_NAME, chat ? x[Feature.NAME.ordinal()] : 0);
        set(x, Feature.LONG_PHRASE, longPhrase ? 1 : 0);
        set(x, Feature.LONG_PHRASE_NAME, longPhrase ? x[Feature.NAME.ordinal()] : 0);
        set(x, Feature.LONG_PHRASE_SEMANTIC, longPhrase ? x[Feature.SEMANTIC.ordinal()] : 0);
        set(x, Feature.LONG_PHRASE_SEMANTIC_GAP, longPhrase ? x[Feature.SEMANTIC_GAP.ordinal()] : 0);
    }

    private static void set(double[] x, Feature f, double v) {
        x[f.ordinal()] = v;
    }

    /** BM25 grows without bound; its logarithm keeps one long shared phrase from swamping the rest. */
    private static double saturate(double bm25) {
        return Math.log1p(bm25);
    }

    /** "analysis of variance": the name follows a preposition that follows another noun of the phrase. */
    private static boolean inComplement(ParsedQuestion q, NameHit h) {
        int i = h.from() - 1;
        while (i > q.targetFrom() && q.words().get(i).pos().equals("DET")) {
            i--;
        }
        if (i <= q.targetFrom() || !q.words().get(i).pos().equals("ADP")) {
            return false;
        }
        for (int j = q.targetFrom(); j < i; j++) {
            if (q.words().get(j).isNounLike()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Word w) {
        return w.pos().equals("VERB") || w.pos().equals("AUX");
    }

    /**
     * Every content word of the asked-about phrase lies inside the hit: "what's the open systems
     * interconnection model" is a long name spelt out, not a description.
     */
    private static boolean spellsThePhrase(ParsedQuestion q, NameHit h) {
        for (int i = q.targetFrom(); i < q.targetTo(); i++) {
            if ((i < h.from() || i >= h.to()) && !isStop(q.words().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean headsTarget(ParsedQuestion q, NameHit h) {
        return h.from() <= q.targetFrom() + 1 && h.to() > q.targetFrom();
    }

    /** Not a content word: what the phrase's length and a name's share of it leave out. */
    static boolean isStop(Word w) {
        return !(w.isNounLike() || w.pos().equals("ADJ") || w.pos().equals("VERB") || w.pos().equals("X")
                || w.pos().equals("NUM"));
    }
}
