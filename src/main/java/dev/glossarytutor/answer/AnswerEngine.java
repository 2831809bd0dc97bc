package dev.glossarytutor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.GlossaryWords;
import dev.glossarytutor.match.LexicalIndex;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.SemanticIndex;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.match.Word;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.QuestionParser;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 *   <li>Names first: a glossary name in the message (exact, inflected, joined, or a typo) answers it,
 *       unless the name is only part of a larger noun phrase ("weight decay").</li>
 *   <li>A description ("what do you call ...") is matched by meaning: embedding similarity to each
 *       definition, fused with BM25 on the definition's words. Terms named inside the description are
 *       held back, since a description rarely contains the name it describes.</li>
 *   <li>An unknown short name ("what is weight decay?") is answered only when both the embedding and
 *       the definition's own words strongly agree; otherwise the tutor abstains and suggests.</li>
 * </ol>
 */
final class AnswerEngine {
    private static final Logger log = LoggerFactory.getLogger(AnswerEngine.class);
    static final int MAX_SUGGESTIONS = 3;
    private static final Set<String> CONJUNCTIONS = Set.of("vs", "versus", "v", "and", "or");
    /** What joins the two sides of a comparison: "X vs Y", "X and Y", "X from Y", "X to Y". */
    private static final Set<String> COMPARED_WITH = Set.of("vs", "versus", "v", "and", "or", "from", "to");

    /**
     * Fusion weights and thresholds, tuned on our own regression questions (src/test/resources/eval):
     * cosine similarity plus up to LEXICAL_WEIGHT of saturated BM25 on stems. The lexical share is
     * large because stemmed definition words are the most reliable signal for short definitions.
     */
    private static final double KIND_OF_CONFIDENCE = 0.7;
    private static final double SHORT_ABSTAIN_CONFIDENCE = 0.8;
    private static final double LEXICAL_WEIGHT = 0.9;
    private static final double LEXICAL_K = 4.0;
    private static final double NAMED_PENALTY = 0.1;
    /** How far below the similarity floor a term may be and still be suggested. */
    private static final double SUGGESTION_SLACK = 0.1;
    /** Runners-up within this fused score of a described answer are offered beside it. */
    private static final double CLOSE_MATCH_MARGIN = 0.1;
    private static final int MAX_CLOSE_MATCHES = 2;

    private final Glossary glossary;
    private final QuestionParser parser;
    private final TermMatcher matcher;
    private final LexicalIndex lexical;
    /** Built in the background: questions that name a term never wait for it (docs/operations.md, "Footprint"). */
    private final Background.Pending<SemanticIndex> semantic;
    private final SimilarityFloors floors;

    AnswerEngine(Glossary glossary, Analyzer analyzer, Supplier<EmbeddingModel> model, String queryPrefix,
                 SimilarityFloors floors, Cache<String, float[]> vectors, EmbeddingCache stored) {
        this.floors = floors;
        this.glossary = glossary;
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
        ParsedQuestion q = parser.parse(text);
        List<NameHit> hits = matcher.find(q.words());
        List<NameHit> good = hits.stream().filter(h -> !h.conflict()).toList();

        boolean coordinated = q.intent() == Intent.DEFINE && q.targetWords().stream()
                .anyMatch(w -> CONJUNCTIONS.contains(w.norm()));
        if ((q.intent() == Intent.COMPARE || coordinated) && good.size() < 2) {
            good = withSharedHead(q.words(), good);
        }
        if ((q.intent() == Intent.COMPARE || coordinated && good.size() == 2) && good.size() >= 2) {
            List<Quote> quotes = good.stream().map(h -> new Quote(h.entry(), h.score())).toList();
            double confidence = quotes.stream().mapToDouble(Quote::score).min().orElse(0);
            return Answer.quoting(text, Answer.Kind.COMPARISON, quotes, confidence);
        }
        if (q.intent() == Intent.DESCRIBE && !(headIsName(q, good) && !q.framed())) {
            return describe(q, good, hits);
        }
        if (!good.isEmpty() && (q.intent() != Intent.NONE || isBareName(q, good))) {
            NameHit best = primary(q, good);
            return Answer.quoting(text, Answer.Kind.DEFINITION, List.of(new Quote(best.entry(), best.score())),
                    best.score());
        }
        if (q.intent() == Intent.NONE) {
            return Answer.chatter(text);
        }
        return unknownName(q, hits);
    }

    /**
     * "valid vs same convolution": the left conjunct shares the right one's head noun, so "valid"
     * is read as "valid convolution" when that is a glossary name.
     */
    private List<NameHit> withSharedHead(List<Word> words, List<NameHit> good) {
        List<NameHit> out = new ArrayList<>(good);
        Word head = words.get(words.size() - 1);
        for (int s = 1; s < words.size() - 1; s++) {
            int left = s - 1;
            boolean covered = out.stream().anyMatch(h -> h.from() <= left && left < h.to());
            if (!COMPARED_WITH.contains(words.get(s).norm()) || covered) {
                continue;
            }
            for (NameHit h : matcher.find(List.of(words.get(left), head))) {
                if (h.from() == 0 && h.to() == 2 && !h.conflict() && out.stream().noneMatch(o -> o.entry().equals(h.entry()))) {
                    out.add(new NameHit(h.entry(), h.name(), left, left + 1, h.score(), false));
                }
            }
        }
        out.sort(Comparator.comparingInt(NameHit::from));
        return out;
    }

    /** "what is the validation set used for": the head of the described phrase is itself a name. */
    private static boolean headIsName(ParsedQuestion q, List<NameHit> good) {
        return good.stream().anyMatch(h -> headsTarget(q, h));
    }

    private static boolean headsTarget(ParsedQuestion q, NameHit h) {
        return h.from() <= q.targetFrom() + 1 && h.to() > q.targetFrom();
    }

    /** A message that is just a term ("backprop", "U-Net?") asks for it. */
    private static boolean isBareName(ParsedQuestion q, List<NameHit> good) {
        int covered = good.stream().mapToInt(NameHit::length).sum();
        return q.words().size() <= covered + 1;
    }

    /** The hit the question is about: inside the asked-about phrase first, then the most exact and longest. */
    private static NameHit primary(ParsedQuestion q, List<NameHit> good) {
        return good.stream()
                .max(Comparator.comparingDouble((NameHit h) -> (h.from() >= q.targetFrom() ? 1 : 0) + h.score()
                        + 0.02 * h.length() - 0.001 * h.from()))
                .orElseThrow();
    }

    private Answer describe(ParsedQuestion q, List<NameHit> good, List<NameHit> all) {
        // A name heading the description may be what is asked about ("the channels output by a
        // conv layer"); a name further in is context ("techniques that keep a model from overfitting").
        Set<Entry> named = new HashSet<>();
        good.stream().filter(h -> !headsTarget(q, h)).forEach(h -> named.add(h.entry()));
        List<Scored> ranked = retrieve(q, named);
        if (accepted(ranked, floors.described())) {
            return quoteTop(q, ranked);
        }
        return Answer.notFound(q.text(), abstainConfidence(ranked), suggestions(all, close(ranked), q));
    }

    /**
     * A "what is X" where X names no glossary term. A long X is a description, held to a higher
     * bar than an explicit "what do you call"; a short X is answered only when it names a kind of
     * one entry ("the tanh function"); otherwise the tutor abstains.
     */
    private Answer unknownName(ParsedQuestion q, List<NameHit> hits) {
        List<Word> target = q.targetWords();
        long contentWords = target.stream().filter(w -> !isStop(w)).count();
        if (contentWords >= 4) {
            List<Scored> ranked = retrieve(q, Set.of());
            if (accepted(ranked, floors.unframed())) {
                return quoteTop(q, ranked);
            }
            return Answer.notFound(q.text(), abstainConfidence(ranked), suggestions(hits, close(ranked), q));
        }
        // A short unknown name needs no embedding: it is a kind of one entry, or not in the glossary.
        if (hits.stream().noneMatch(NameHit::conflict)) {
            for (Entry e : glossary.entries()) {
                if (matcher.namesAKindOf(target, e)) {
                    return Answer.quoting(q.text(), Answer.Kind.DEFINITION, List.of(new Quote(e, KIND_OF_CONFIDENCE)),
                            KIND_OF_CONFIDENCE);
                }
            }
        }
        return Answer.notFound(q.text(), SHORT_ABSTAIN_CONFIDENCE, suggestions(hits, lexicalRanking(target), q));
    }

    /** Entries by BM25 alone, for suggestions where an embedding would cost more than it adds. */
    private List<Entry> lexicalRanking(List<Word> words) {
        return lexical.score(words).entrySet().stream()
                .sorted(Map.Entry.<Entry, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Retrieved entries near enough in meaning to suggest, best first. */
    private List<Entry> close(List<Scored> ranked) {
        return ranked.stream().filter(s -> s.semantic() >= floors.described() - SUGGESTION_SLACK).map(Scored::entry).toList();
    }

    /** The best candidate is close enough in meaning to quote. */
    private static boolean accepted(List<Scored> ranked, double semanticFloor) {
        return !ranked.isEmpty() && ranked.get(0).semantic() >= semanticFloor;
    }

    /**
     * The best match for a description, with up to two runners-up close behind it: a description
     * is often near several definitions, and when the first is not what the student meant the
     * right one is usually second or third.
     */
    private Answer quoteTop(ParsedQuestion q, List<Scored> ranked) {
        Scored top = ranked.get(0);
        double confidence = calibrate(top, ranked);
        List<String> close = ranked.stream().skip(1)
                .filter(s -> s.score() >= top.score() - CLOSE_MATCH_MARGIN && s.semantic() >= floors.described() - SUGGESTION_SLACK)
                .limit(MAX_CLOSE_MATCHES)
                .map(s -> s.entry().term())
                .toList();
        return Answer.described(q.text(), new Quote(top.entry(), confidence), close);
    }

    /**
     * Embedding similarity of the description plus a saturating BM25 bonus on its words. Terms
     * named in {@code named} (found in the description after its head) are held back: a description
     * rarely contains the name of what it describes.
     */
    List<Scored> retrieve(ParsedQuestion q, Set<Entry> named) {
        if (q.description().isBlank()) {
            return List.of();
        }
        Map<Entry, Double> sem = semantic().score(q.description());
        Map<Entry, Double> lex = lexical.score(q.targetWords());
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<Entry, Double> e : sem.entrySet()) {
            double bm25 = lex.getOrDefault(e.getKey(), 0.0);
            double score = e.getValue() + LEXICAL_WEIGHT * bm25 / (bm25 + LEXICAL_K);
            if (named.contains(e.getKey())) {
                score -= NAMED_PENALTY;
            }
            out.add(new Scored(e.getKey(), score, e.getValue(), bm25));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    /** Maps the winner's similarity and its lead over the runner-up to 0..1. */
    private double calibrate(Scored top, List<Scored> ranked) {
        double lead = ranked.size() > 1 ? top.score() - ranked.get(1).score() : 0.2;
        return clamp(0.5 + (top.semantic() - floors.described()) * 2 + lead, 0.5, 0.95);
    }

    private double abstainConfidence(List<Scored> ranked) {
        if (ranked.isEmpty()) {
            return 0.95;
        }
        return clamp(0.5 + (floors.described() - ranked.get(0).semantic()) * 3, 0.5, 0.95);
    }

    /** Up to three terms: those named in passing, near spellings, then the given candidates. */
    private List<String> suggestions(List<NameHit> hits, List<Entry> candidates, ParsedQuestion q) {
        Set<String> out = new LinkedHashSet<>();
        hits.forEach(h -> out.add(h.entry().term()));
        for (Entry e : matcher.rankNames(q.description(), MAX_SUGGESTIONS)) {
            if (out.size() < MAX_SUGGESTIONS && !q.description().isBlank()) {
                out.add(e.term());
            }
        }
        for (Entry e : candidates) {
            if (out.size() >= MAX_SUGGESTIONS) {
                break;
            }
            out.add(e.term());
        }
        return out.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private static boolean isStop(Word w) {
        return !(w.isNounLike() || w.pos().equals("ADJ") || w.pos().equals("VERB") || w.pos().equals("X")
                || w.pos().equals("NUM"));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** An entry with its fused retrieval score and the two signals behind it. */
    record Scored(Entry entry, double score, double semantic, double lexical) {
    }
}
