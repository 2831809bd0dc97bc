package dev.glossarytutor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.GlossaryWords;
import dev.glossarytutor.match.LexicalIndex;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.PartialName;
import dev.glossarytutor.match.SemanticIndex;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.QuestionParser;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything derived from one glossary version: name matcher, lexical and semantic indexes. It is
 * immutable; a reload builds a new engine and swaps it in whole.
 *
 * <p>How a message is answered:
 * <ol>
 *   <li>A comparison ("X vs Y", "difference between X and Y") that names two or more terms quotes
 *       each of them.</li>
 *   <li>Otherwise every plausible entry becomes a {@link Candidate}: those named in the message
 *       (exactly, inflected, joined or misspelt), and the nearest by meaning and by words. Each gets
 *       the cheap signals of {@link Feature}, and a learned scorer ({@link MatchTuning}, fitted by
 *       {@code tune}) turns them into the probability that it is what was asked.</li>
 *   <li>The best is quoted when that probability reaches the tuned threshold; otherwise the tutor
 *       abstains and suggests the candidates above the suggestion floor.</li>
 * </ol>
 */
final class AnswerEngine {
    private static final Logger log = LoggerFactory.getLogger(AnswerEngine.class);
    static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_CLOSE_MATCHES = 2;
    /** How many of the nearest entries by meaning, by heading and by words become candidates. */
    private static final int NEAREST = 8;
    /** A phrase of at most this many content words adds the entries whose names it mostly spells as candidates. */
    private static final int PARTIAL_MAX_WORDS = 4;
    /** A phrase of at least this many content words is long: usually a description (Feature.LONG_PHRASE). */
    static final int LONG_PHRASE = 4;
    private static final Set<String> CONJUNCTIONS = Set.of("vs", "versus", "v", "and", "or");
    /** A message of at most this many words that joins two names with "and" asks about both. */
    private static final int SHORT_MESSAGE = 6;
    /** What joins the two sides of a comparison: "X vs Y", "X and Y", "X from Y", "X to Y". */
    private static final Set<String> COMPARED_WITH = Set.of("vs", "versus", "v", "and", "or", "from", "to");

    private final Glossary glossary;
    private final QuestionParser parser;
    private final TermMatcher matcher;
    private final LexicalIndex lexical;
    /** Built in the background: questions that name a term never wait for it (docs/operations.md, "Footprint"). */
    private final Background.Pending<SemanticIndex> semantic;
    private final SimilarityFloors floors;
    private final MatchTuning tuning;

    AnswerEngine(Glossary glossary, Analyzer analyzer, Supplier<EmbeddingModel> model, String queryPrefix,
                 SimilarityFloors floors, Cache<String, float[]> vectors, EmbeddingCache stored, MatchTuning tuning) {
        this.floors = floors;
        this.glossary = glossary;
        this.tuning = tuning;
        // Embedding the definitions and analysing them are independent: one on each core.
        this.semantic = Background.start("semantic-index",
                () -> new SemanticIndex(glossary, model.get(), queryPrefix, vectors, stored));
        this.parser = new QuestionParser(analyzer);
        GlossaryWords analysed = new GlossaryWords(analyzer);
        analysed.analyseAll(glossary.entries().stream()
                .flatMap(e -> Stream.concat(e.allNames().stream(), Stream.of(e.definition())))
                .toList());
        this.matcher = new TermMatcher(glossary, analysed);
        this.lexical = new LexicalIndex(glossary, analysed);
    }

    Glossary glossary() {
        return glossary;
    }

    TermMatcher matcher() {
        return matcher;
    }

    /** The definitions' embeddings; the first caller before they are ready waits for them, and says so in the log. */
    SemanticIndex semantic() {
        if (!semantic.isDone()) {
            log.info("A question needs the definition embeddings ({} terms), which are still being made; waiting",
                    glossary.entries().size());
            long t0 = System.nanoTime();
            SemanticIndex ready = semantic.get();
            log.info("Definition embeddings ready after waiting {} ms", (System.nanoTime() - t0) / 1_000_000);
            return ready;
        }
        return semantic.get();
    }

    /** Waits for the definitions' embeddings without a log line: start-up and reload wait on purpose. */
    void awaitSemantic() {
        semantic.get();
    }

    /** Whether {@link #semantic()} would answer without waiting. */
    boolean semanticReady() {
        return semantic.isDone();
    }

    ParsedQuestion parse(String text) {
        return parser.parse(text);
    }

    Answer answer(String text) {
        Examined examined = examine(text);
        return examined.decided() != null ? examined.decided() : decide(examined.question(), examined.candidates(), tuning);
    }

    /**
     * What the scorer sees of a message: either an answer that needs no scoring (a comparison,
     * a message without words) or the question and its candidates. {@code tune} fits on these.
     */
    Examined examine(String text) {
        ParsedQuestion q = parser.parse(text);
        if (q.words().isEmpty()) {
            return new Examined(q, Answer.chatter(text), List.of());
        }
        // words of the question's frame are never a term ("mean" in "what does X mean")
        TermMatcher.Matches matches = matcher.match(q.words());
        List<NameHit> hits = matches.chosen().stream().filter(h -> outsideFrame(q, h)).toList();
        List<NameHit> good = hits.stream().filter(h -> !h.conflict()).toList();
        // "X and Y?", or a message that is nothing but "X and Y"
        boolean coordinated = (q.intent() == Intent.DEFINE || q.intent() == Intent.NONE && q.words().size() <= SHORT_MESSAGE)
                && q.targetWords().stream().anyMatch(w -> CONJUNCTIONS.contains(w.norm()));
        if ((q.intent() == Intent.COMPARE || coordinated) && good.size() < 2) {
            good = withSharedHead(q, good, hits.stream().filter(NameHit::conflict).toList());
        }
        if ((q.intent() == Intent.COMPARE || coordinated && good.size() == 2) && good.size() >= 2) {
            List<Quote> quotes = good.stream().map(h -> new Quote(h.entry(), h.score())).toList();
            double confidence = quotes.stream().mapToDouble(Quote::score).min().orElse(0);
            return new Examined(q, Answer.quoting(text, Answer.Kind.COMPARISON, quotes, confidence), List.of());
        }
        List<NameHit> named = matches.perEntry().stream().filter(h -> outsideFrame(q, h)).toList();
        return new Examined(q, null, candidates(q, named));
    }

    /**
     * @param question   the parsed message
     * @param decided    the answer when no scoring is needed, else null
     * @param candidates the entries to score otherwise
     */
    record Examined(ParsedQuestion question, Answer decided, List<Candidate> candidates) {
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
    private static boolean shortened(List<Candidate> candidates, Candidate best) {
        // the closest ending on offer decides: a name whose head the phrase spells ("broadcasting" for
        // Broadcast) before those whose head it leaves out (Broadcast address)
        double head = candidates.stream().filter(c -> c.get(Feature.PARTIAL_PHRASE) >= 1)
                .mapToDouble(c -> c.get(Feature.PARTIAL_SAME_HEAD)).max().orElse(0);
        List<Candidate> shortenedNames = candidates.stream().filter(c -> c.get(Feature.PARTIAL_PHRASE) >= 1
                && c.get(Feature.PARTIAL_SAME_HEAD) == head).toList();
        // and that entry is the one to be quoted: the shape vouches for it alone
        return head > 0 && shortenedNames.size() == 1 && shortenedNames.get(0) == best;
    }

    /** The entries worth scoring, each with its signals. */
    private List<Candidate> candidates(ParsedQuestion q, List<NameHit> hits) {
        Map<Entry, NameHit> named = new LinkedHashMap<>();
        for (NameHit h : hits) {
            named.merge(h.entry(), h, (a, b) -> a.conflict() != b.conflict() ? (a.conflict() ? b : a)
                    : a.score() >= b.score() ? a : b);
        }
        List<Word> phrase = q.targetWords();
        boolean asks = !q.description().isBlank();
        // Until the embeddings are ready a question that names an entry is scored without them, so it
        // never waits; a question that names nothing waits (docs/matching.md).
        boolean byMeaning = asks && !spelledOut(q, named.values())
                && (semanticReady() || named.values().stream().allMatch(NameHit::conflict));
        long content = phrase.stream().filter(w -> !isStop(w)).count();
        SemanticIndex.Similarities sims = byMeaning ? semantic().similarities(embeddedText(q, content))
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
        double bestSem = sims.best();
        double bestName = named.values().stream().filter(h -> !h.conflict()).mapToDouble(NameHit::score).max().orElse(0);
        double bestLex = lex.values().stream().mapToDouble(AnswerEngine::saturate).max().orElse(0);
        List<Candidate> out = new ArrayList<>();
        for (Entry e : pool) {
            double[] x = new double[Feature.values().length];
            NameHit h = named.get(e);
            if (h != null) {
                set(x, Feature.NAME, h.score());
                set(x, Feature.NAME_EXACT, h.score() >= 1 ? 1 : 0);
                set(x, Feature.NAME_BEST, !h.conflict() && h.score() >= bestName ? 1 : 0);
                // a typo counts only where it is the best spelling on offer: "type 2 error" is Type II, not Type I misspelt
                set(x, Feature.NAME_TYPO, h.score() < 0.95 && h.score() >= bestName ? 1 : 0);
                set(x, Feature.NAME_CONFLICT, h.conflict() ? 1 : 0);
                set(x, Feature.NAME_PREMODIFIED, matcher.premodified(q.words(), h, q.targetFrom()) ? 1 : 0);
                set(x, Feature.NAME_IN_PHRASE, h.from() >= q.targetFrom() && h.to() <= q.targetTo() ? 1 : 0);
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
            set(x, Feature.NAME_OVERLAP, matcher.nameOverlap(phrase, e));
            set(x, Feature.KIND_OF, kindOf.contains(e) ? 1 : 0);
            PartialName pn = partial.getOrDefault(e, PartialName.NONE);
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
            if (asks) {
                double sem = sims.definition(e);
                double whole = sims.wholeDefinition(e);
                double lexical = saturate(lex.getOrDefault(e, 0.0));
                set(x, Feature.SEMANTIC, sem - floors.described());
                set(x, Feature.SEMANTIC_GAP, sem - bestSem);
                        set(x, Feature.DEFINITION_SEMANTIC, whole - floors.described());
                set(x, Feature.LEXICAL, lexical);
                set(x, Feature.LEXICAL_GAP, lexical - bestLex);
            }
            set(x, Feature.ASKS_MEANING, q.asksMeaning() ? 1 : 0);
            set(x, Feature.ASKS_MEANING_NAME, q.asksMeaning() ? x[Feature.NAME.ordinal()] : 0);
            boolean describe = q.intent() == Intent.DESCRIBE;
            set(x, Feature.DESCRIBE, describe ? 1 : 0);
            set(x, Feature.DESCRIBE_SEMANTIC, describe ? x[Feature.SEMANTIC.ordinal()] : 0);
            set(x, Feature.DESCRIBE_NAME, describe ? x[Feature.NAME.ordinal()] : 0);
            boolean chat = q.intent() == Intent.NONE;
            set(x, Feature.NOT_A_QUESTION, chat ? 1 : 0);
            set(x, Feature.NOT_A_QUESTION_NAME, chat ? x[Feature.NAME.ordinal()] : 0);
            set(x, Feature.LONG_PHRASE, content >= LONG_PHRASE ? 1 : 0);
            set(x, Feature.LONG_PHRASE_NAME, content >= LONG_PHRASE ? x[Feature.NAME.ordinal()] : 0);
            set(x, Feature.LONG_PHRASE_SEMANTIC, content >= LONG_PHRASE ? x[Feature.SEMANTIC.ordinal()] : 0);
            set(x, Feature.LONG_PHRASE_SEMANTIC_GAP, content >= LONG_PHRASE ? x[Feature.SEMANTIC_GAP.ordinal()] : 0);
            out.add(new Candidate(e, x));
        }
        return out;
    }

    private static void set(double[] x, Feature f, double v) {
        x[f.ordinal()] = v;
    }

    /**
     * The text of {@code q} that is embedded. A description, or a phrase of {@link #LONG_PHRASE} content
     * words or more, is embedded as the whole message: the frame's and context's words ("what's that
     * algorithm", "... called in networking", the clause before "what is it") say what is described,
     * and a misread frame loses none of it. A short phrase is embedded alone, so "what is effect size"
     * is compared by what it names, not by "what is".
     */
    static String embeddedText(ParsedQuestion q, long contentWords) {
        return q.intent() == Intent.DESCRIBE || contentWords >= LONG_PHRASE ? q.text() : q.description();
    }

    /** BM25 grows without bound; its logarithm keeps one long shared phrase from swamping the rest. */
    private static double saturate(double bm25) {
        return Math.log1p(bm25);
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

    /**
     * The phrase asked about is one name, spelt out whole ("what is a hub", "backprop?"): meaning
     * adds nothing the name does not say, so the question is not embedded. This keeps name questions
     * at a millisecond; the scorer is fitted the same way.
     */
    private static boolean spelledOut(ParsedQuestion q, java.util.Collection<NameHit> named) {
        if (q.intent() == Intent.DESCRIBE) {
            return false;
        }
        int first = q.targetFrom();
        int last = q.targetTo() - 1;
        while (first <= last && isStop(q.words().get(first))) {
            first++;
        }
        while (last >= first && isStop(q.words().get(last))) {
            last--;
        }
        int from = first;
        int to = last + 1;
        return from < to && named.stream().anyMatch(h -> !h.conflict() && h.from() <= from && h.to() >= to);
    }

    private static boolean outsideFrame(ParsedQuestion q, NameHit h) {
        return java.util.stream.IntStream.range(h.from(), h.to()).noneMatch(q.frame()::contains);
    }

    private static boolean isVerb(Word w) {
        return w.pos().equals("VERB") || w.pos().equals("AUX");
    }

    /**
     * "valid vs same convolution": one conjunct shares the other's head, so "valid" is read as
     * "valid convolution" when that is a glossary name. The head is the end of the name on the
     * other side of the joiner ("one tailed vs two tailed test, how do I know which to use" shares
     * "test", not the message's last word), or, when neither side is a name, the noun that ends
     * the words after the joiner.
     */
    private List<NameHit> withSharedHead(ParsedQuestion q, List<NameHit> good, List<NameHit> conflicts) {
        List<Word> words = q.words();
        List<NameHit> out = new ArrayList<>(good);
        for (int s = 1; s < words.size() - 1; s++) {
            if (!COMPARED_WITH.contains(words.get(s).norm())) {
                continue;
            }
            int joiner = s;
            int rightFrom = skipDeterminers(words, s + 1);
            Span right = out.stream().filter(h -> h.from() == rightFrom).findFirst().map(Span::of).orElse(null);
            Span left = out.stream().filter(h -> h.to() <= joiner && h.to() >= joiner - 1).findFirst()
                    .map(Span::of).orElse(null);
            if (right == null && left == null) {
                right = nounPhraseAfter(q, rightFrom);
            }
            if (right != null && left == null) {
                // "one tailed vs two tailed test": the left conjunct, one or two words, borrows the head
                // of the name after the joiner ("test"; "random variable" in "discrete vs continuous random variable")
                for (int width = 1; width <= 2 && s - width >= 0; width++) {
                    int from = s - width;
                    if (out.stream().anyMatch(h -> h.from() < joiner && from < h.to()) || !sameRun(q, from, s)) {
                        break;
                    }
                    addNamed(out, words.subList(from, s), heads(words, right), from, s);
                }
            } else if (left != null && right == null && rightFrom < words.size()) {
                // "fiber cable different from twisted pair": the right conjunct, one to three words,
                // borrows the head of the name before the joiner ("cable")
                for (int width = 1; width <= 3 && rightFrom + width <= words.size(); width++) {
                    int to = rightFrom + width;
                    if (out.stream().anyMatch(h -> h.from() < to && rightFrom < h.to()) || !sameRun(q, rightFrom, to - 1)) {
                        break;
                    }
                    addNamed(out, words.subList(rightFrom, to), heads(words, left), rightFrom, to);
                }
            }
        }
        // "mutually exclusive events different from independent events": a name followed by the head
        // noun of the other name compared is that name, not a longer concept
        for (NameHit c : conflicts) {
            if (out.stream().noneMatch(o -> o.entry().equals(c.entry()) || o.from() < c.to() && c.from() < o.to())
                    && out.stream().anyMatch(o -> followedByHeadOf(words, c, o))) {
                out.add(new NameHit(c.entry(), c.name(), c.from(), c.to(), c.score(), false, c.derived()));
            }
        }
        out.sort(Comparator.comparingInt(NameHit::from));
        return out;
    }

    /** Up to three words after the joiner, to the first break, ending in a noun: a stand-in for the name there. */
    private static Span nounPhraseAfter(ParsedQuestion q, int from) {
        int to = from;
        while (to < q.words().size() && to < from + 3 && (to == from || sameRun(q, to - 1, to))) {
            to++;
        }
        while (to > from && !q.words().get(to - 1).isNounLike()) {
            to--;
        }
        return to - from >= 2 ? new Span(from, to) : null;
    }

    /** Words [from, to) of the message. */
    private record Span(int from, int to) {
        static Span of(NameHit h) {
            return new Span(h.from(), h.to());
        }

        int length() {
            return to - from;
        }
    }

    /** The last one and two words of a multi-word name's span: the head a conjunct may share. */
    private static List<List<Word>> heads(List<Word> words, Span h) {
        List<List<Word>> out = new ArrayList<>();
        for (int width = 1; width <= 2 && width < h.length(); width++) {
            out.add(words.subList(h.to() - width, h.to()));
        }
        return out;
    }

    /** Adds the entry that {@code conjunct} followed by one of {@code heads} names whole, as a hit on [from, to). */
    private void addNamed(List<NameHit> out, List<Word> conjunct, List<List<Word>> heads, int from, int to) {
        for (List<Word> head : heads) {
            List<Word> phrase = new ArrayList<>(conjunct);
            phrase.addAll(head);
            for (NameHit h : matcher.find(phrase)) {
                if (h.from() == 0 && h.to() == phrase.size() && !h.conflict()
                        && out.stream().noneMatch(o -> o.entry().equals(h.entry()))) {
                    out.add(new NameHit(h.entry(), h.name(), from, to, h.score(), false, h.derived()));
                    return;
                }
            }
        }
    }

    /** The words right after {@code named} are the last words of {@code other}'s span: "exclusive | events" and "independent events". */
    private static boolean followedByHeadOf(List<Word> words, NameHit named, NameHit other) {
        for (int width = 1; width <= 2 && width < other.length(); width++) {
            if (named.to() + width > words.size()) {
                return false;
            }
            boolean same = true;
            for (int i = 0; i < width && same; i++) {
                same = words.get(named.to() + i).sameAs(words.get(other.to() - width + i));
            }
            boolean ends = named.to() + width == words.size() || !words.get(named.to() + width).isNounLike();
            if (same && ends) {
                return true;
            }
        }
        return false;
    }

    private static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && words.get(i).pos().equals("DET")) {
            i++;
        }
        return i;
    }

    /** Words {@code a} through {@code b} are not parted by punctuation (a hyphen joins: "one-tailed") or a sentence end. */
    private static boolean sameRun(ParsedQuestion q, int a, int b) {
        for (int i = a; i < b; i++) {
            int ta = q.words().get(i).token();
            int tb = q.words().get(i + 1).token();
            if (q.tokens().get(ta).sentence() != q.tokens().get(tb).sentence()) {
                return false;
            }
            for (int t = ta + 1; t < tb; t++) {
                if (!q.tokens().get(t).text().chars().allMatch(c -> c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean headsTarget(ParsedQuestion q, NameHit h) {
        return h.from() <= q.targetFrom() + 1 && h.to() > q.targetFrom();
    }

    private static boolean isStop(Word w) {
        return !(w.isNounLike() || w.pos().equals("ADJ") || w.pos().equals("VERB") || w.pos().equals("X")
                || w.pos().equals("NUM"));
    }
}
