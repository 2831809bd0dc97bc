package dev.glossarytutor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.GlossaryWords;
import dev.glossarytutor.match.LexicalIndex;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.SemanticIndex;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Intent;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.QuestionParser;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
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
 *       each of them, sides that share a head included ({@link SharedHeadComparison}).</li>
 *   <li>Otherwise every plausible entry becomes a {@link Candidate} ({@link CandidatePool}): those
 *       named in the message (exactly, inflected, joined or misspelt), and the nearest by meaning and
 *       by words. Each gets the cheap signals of {@link Feature} ({@link CandidateSignals}), and a
 *       learned scorer ({@link MatchTuning}, fitted by {@code tune}) turns them into the probability
 *       that it is what was asked.</li>
 *   <li>The best is quoted when that probability reaches the tuned threshold; otherwise the tutor
 *       abstains and suggests the candidates above the suggestion floor ({@link Decision}).</li>
 * </ol>
 */
final class AnswerEngine {
    private static final Logger log = LoggerFactory.getLogger(AnswerEngine.class);
    private static final Set<String> CONJUNCTIONS = Set.of("vs", "versus", "v", "and", "or");
    /** A message of at most this many words that joins two names with "and" asks about both. */
    private static final int SHORT_MESSAGE = 6;

    private final Glossary glossary;
    private final QuestionParser parser;
    private final TermMatcher matcher;
    /** Built in the background: questions that name a term never wait for it (docs/operations.md, "Footprint"). */
    private final Background.Pending<SemanticIndex> semantic;
    private final MatchTuning tuning;
    private final SharedHeadComparison sharedHead;
    private final CandidatePool pool;

    AnswerEngine(Glossary glossary, Analyzer analyzer, Supplier<EmbeddingModel> model, String queryPrefix,
                 SimilarityFloors floors, Cache<String, float[]> vectors, EmbeddingCache stored, MatchTuning tuning) {
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
        this.sharedHead = new SharedHeadComparison(matcher);
        this.pool = new CandidatePool(matcher, new LexicalIndex(glossary, analysed), floors,
                this::semantic, this::semanticReady);
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

    /** What the scorer sees of {@code text} and what it makes of each candidate (see {@link ScoreReport}). */
    ScoreReport report(String text) {
        return ScoreReport.of(text, examine(text), tuning);
    }

    Answer answer(String text) {
        Examined examined = examine(text);
        return examined.decided() != null ? examined.decided() : Decision.decide(examined.question(), examined.candidates(), tuning);
    }

    /**
     * What the scorer sees of a message: either an answer that needs no scoring (a comparison,
     * a message without words) or the question and its candidates. {@code tune} fits on these.
     */
    Examined examine(String text) {
        ParsedQuestion q = parser.parse(text);
        if (q.intent() == Intent.NONE && q.targetFrom() == q.targetTo()) {
            return new Examined(q, Answer.chatter(text), List.of()); // no words, or nothing asked about ("hi bot")
        }
        Answer separately = answeredSeparately(q);
        if (separately != null) {
            return new Examined(q, separately, List.of());
        }
        // words of the question's frame are never a term ("mean" in "what does X mean")
        TermMatcher.Matches matches = matcher.match(q.words());
        List<NameHit> hits = matches.chosen().stream().filter(h -> outsideFrame(q, h)).toList();
        List<NameHit> good = hits.stream().filter(h -> !h.conflict()).toList();
        // "X and Y?", or a message that is nothing but "X and Y"
        boolean coordinated = (q.intent() == Intent.DEFINE || q.intent() == Intent.NONE && q.words().size() <= SHORT_MESSAGE)
                && q.targetWords().stream().anyMatch(w -> CONJUNCTIONS.contains(w.norm()));
        if ((q.intent() == Intent.COMPARE || coordinated) && good.size() < 2) {
            good = sharedHead.withSharedHead(q, good, hits.stream().filter(NameHit::conflict).toList());
        }
        if ((q.intent() == Intent.COMPARE || coordinated && good.size() == 2) && good.size() >= 2) {
            List<Quote> quotes = good.stream().map(h -> new Quote(h.entry(), h.score())).toList();
            double confidence = quotes.stream().mapToDouble(Quote::score).min().orElse(0);
            return new Examined(q, Answer.quoting(text, Answer.Kind.COMPARISON, quotes, confidence), List.of());
        }
        List<NameHit> named = matches.perEntry().stream().filter(h -> outsideFrame(q, h)).toList();
        return new Examined(q, null, pool.candidates(q, named));
    }

    /**
     * "what is a hub? and what is a switch?": sentences that each ask what something is are answered
     * one by one, and quoted together when each finds its own term; null when the message is one
     * question, or when any of them finds nothing (the message is then read as a whole).
     */
    private Answer answeredSeparately(ParsedQuestion q) {
        List<String> questions = q.intent() == Intent.DEFINE ? parser.separateQuestions(q.tokens()) : List.of();
        if (questions.isEmpty()) {
            return null;
        }
        List<Quote> quotes = new ArrayList<>();
        for (String question : questions) {
            Answer a = answer(question);
            if (a.kind() != Answer.Kind.DEFINITION || a.quotes().size() != 1
                    || quotes.stream().anyMatch(quote -> quote.term().equals(a.quotes().get(0).term()))) {
                return null;
            }
            quotes.add(new Quote(a.quotes().get(0).entry(), a.confidence()));
        }
        double confidence = quotes.stream().mapToDouble(Quote::score).min().orElse(0);
        return Answer.quoting(q.text(), Answer.Kind.COMPARISON, quotes, confidence);
    }

    /**
     * @param question   the parsed message
     * @param decided    the answer when no scoring is needed, else null
     * @param candidates the entries to score otherwise
     */
    record Examined(ParsedQuestion question, Answer decided, List<Candidate> candidates) {
    }

    /** No word of the hit belongs to the question's frame ("what does X mean"). */
    private static boolean outsideFrame(ParsedQuestion q, NameHit h) {
        return java.util.stream.IntStream.range(h.from(), h.to()).noneMatch(q.frame()::contains);
    }
}
