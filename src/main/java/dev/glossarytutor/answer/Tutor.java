package dev.glossarytutor.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.SimilarityFloors;
import dev.glossarytutor.nlp.Spelling;
import dev.glossarytutor.nlp.Analyzer;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core facade: plain text in, {@link Answer} out. Every transport (console, {@code ask},
 * Discord) and every feature beside the answer path (quiz, term of the day, explain) talks to
 * the glossary through this class. Thread-safe.
 */
public final class Tutor {
    private static final Logger log = LoggerFactory.getLogger(Tutor.class);

    /** Longer messages are refused with a note rather than analysed. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Analyzer analyzer;
    /** Loaded in the background: only descriptions need it, and they wait for it (see {@link #awaitEmbeddings()}). */
    private final Supplier<EmbeddingModel> model;
    private final EmbeddingCache stored;
    private final String queryPrefix;
    private final SimilarityFloors floors;
    private final MatchTuning tuning;
    private final Cache<String, Answer> cache;
    /** Definition embeddings by text, kept across reloads so only edited definitions are embedded again. */
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(20_000).build();
    private final List<AnswerListener> listeners = new CopyOnWriteArrayList<>();
    private volatile AnswerEngine engine;

    private Tutor(Builder b) {
        if (b.model == null) {
            b.choice.requireRunnable(); // a platform or build without the model fails here, in one line
        }
        // The ONNX model and the OpenNLP models take about a second each to load: load them side by side.
        // The tutor is built once the names are indexed; the definitions are embedded in the background.
        this.model = b.model != null ? () -> b.model
                : Background.start("embedding-model", () -> SharedModels.embeddings(b.choice));
        this.analyzer = b.analyzer != null ? b.analyzer : SharedModels.analyzer();
        this.stored = b.stored;
        this.queryPrefix = b.model != null ? b.queryPrefix : b.choice.queryPrefix();
        this.floors = b.model != null ? b.floors : b.choice.floors();
        this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).build();
        this.tuning = b.tuning != null ? b.tuning : MatchTuning.shipped();
        this.engine = new AnswerEngine(b.glossary, analyzer, model, queryPrefix, floors, vectors, stored, tuning);
    }

    /** A tutor with the default models (shared by every tutor in the process). */
    public Tutor(Glossary glossary) {
        this(builder().glossary(glossary));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Waits until the definitions are embedded, so that no question waits any more, and rethrows
     * what stopped them (a model that cannot load). Questions that name a term never wait for this;
     * the first question that describes one waits for it by itself.
     */
    public void awaitEmbeddings() {
        engine.awaitSemantic();
    }

    /** Whether the definitions are embedded: {@link #awaitEmbeddings()} would return at once. */
    public boolean embeddingsReady() {
        return engine.semanticReady();
    }

    /** Registers a listener told about every answer given through {@link #ask(String, String)}. */
    public void addListener(AnswerListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Answers a question asked in a server (the console's is {@code "console"}), then tells the listeners. */
    public Answer ask(String question, String serverId) {
        Answer answer = ask(question);
        for (AnswerListener l : listeners) {
            try {
                l.answered(serverId, answer);
            } catch (RuntimeException e) {
                log.warn("Answer listener failed", e);
            }
        }
        return answer;
    }

    /**
     * What the scorer made of {@code question}: its parse, the threshold that applies and each
     * candidate's probability with its weighted signals. For developers tuning the matcher
     * ({@code ask --signals}); the transports never call it.
     */
    public ScoreReport scoreReport(String question) {
        return engine.report(question == null ? "" : question);
    }

    /** Answers a free-text message. Never throws on user input. */
    public Answer ask(String question) {
        String text = question == null ? "" : question;
        Optional<Answer> refused = refuse(text);
        if (refused.isPresent()) {
            return refused.get();
        }
        AnswerEngine current = engine;
        // Keyed on the text itself (spaces aside): punctuation and case change what the parser reads
        // ("logits or probabilities, which comes first" asks; without the comma it is chatter).
        String key = current.glossary().version() + "\u0000" + WHITESPACE.matcher(text.strip()).replaceAll(" ");
        try {
            return cache.get(key, k -> current.answer(text)).withQuestion(text);
        } catch (RuntimeException e) {
            log.error("Could not answer '{}'", text, e);
            return Answer.invalid(text, "Sorry, something went wrong on my side while reading that. Please try rephrasing.");
        }
    }

    /** The loaded glossary's example term, for help texts: "Bit" ("TERM" for an empty glossary). */
    public String exampleTerm() {
        return glossary().example().map(Entry::term).orElse("TERM");
    }

    /** A question about the loaded glossary's example term, for help texts: "what is Bit?". */
    public String exampleQuestion() {
        return "what is " + exampleTerm() + "?";
    }

    /** A comparison of the loaded glossary's two example terms, for help texts: "Bit vs Hub". */
    public String exampleComparison() {
        return exampleTerm() + " vs "
                + glossary().secondExample().map(Entry::term).orElse("OTHER TERM");
    }

    /** Empty, unreadable or oversized input gets a note instead of an analysis. */
    private Optional<Answer> refuse(String text) {
        if (text.length() > MAX_QUESTION_CHARS) {
            return Optional.of(Answer.invalid(text, "That message is " + text.length() + " characters long. Ask about a "
                    + "term in under " + MAX_QUESTION_CHARS + " characters, e.g. \"" + exampleQuestion() + "\""));
        }
        if (Spelling.normalize(text).isEmpty()) {
            return Optional.of(Answer.invalid(text, text.isBlank()
                    ? "Ask me about a term, e.g. \"" + exampleQuestion() + "\""
                    : "I couldn't find any words in that. Ask me about a term, e.g. \"" + exampleQuestion() + "\""));
        }
        return Optional.empty();
    }

    /**
     * Quotes the entry a student picked by name (a slash-command option, a suggestion button):
     * the best name match, typos allowed; abstains with suggestions when nothing is close.
     */
    public Answer define(String termOrAlias) {
        String text = termOrAlias == null ? "" : termOrAlias;
        Optional<Answer> refused = refuse(text);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Entry> entry = resolveName(text);
        if (entry.isPresent()) {
            return Answer.quoting(text, Answer.Kind.DEFINITION, List.of(new Quote(entry.get(), 1.0)), 1.0);
        }
        Answer asked = ask(text);
        return asked.quotesSomething() ? asked
                : Answer.notFound(text, asked.confidence(), complete(text, Decision.MAX_SUGGESTIONS));
    }

    /** Term names for autocomplete, ranked by the matcher (prefixes, typos, words), at most {@code limit}. */
    public List<String> complete(String prefix, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        AnswerEngine current = engine;
        String typed = prefix == null ? "" : prefix;
        if (Spelling.normalize(typed).isEmpty()) {
            return current.glossary().entries().stream().map(Entry::term).sorted(String.CASE_INSENSITIVE_ORDER)
                    .limit(limit).toList();
        }
        // the entry /define would quote for this text comes first, so the two never disagree
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        resolveName(typed).ifPresent(e -> names.add(e.term()));
        current.matcher().rankNames(typed, limit).forEach(e -> names.add(e.term()));
        return names.stream().limit(limit).toList();
    }

    /**
     * Every glossary term named in {@code message}, in order of appearance, for "define the terms
     * in this message". NOT_FOUND when none is named.
     */
    public Answer termsIn(String message) {
        String text = message == null ? "" : message;
        Optional<Answer> refused = refuse(text);
        if (refused.isPresent()) {
            return refused.get();
        }
        AnswerEngine current = engine;
        List<Quote> quotes = current.matcher().find(current.parse(text).words()).stream()
                .filter(h -> !h.conflict())
                .map((NameHit h) -> new Quote(h.entry(), h.score()))
                .toList();
        if (quotes.isEmpty()) {
            return Answer.notFound(text, 0.9, List.of());
        }
        return Answer.quoting(text, quotes.size() == 1 ? Answer.Kind.DEFINITION : Answer.Kind.COMPARISON, quotes,
                quotes.stream().mapToDouble(Quote::score).min().orElse(0));
    }

    /** Entries most similar in meaning to {@code entry} (embedding neighbours), nearest first. */
    public List<Entry> similar(Entry entry, int limit) {
        return engine.semantic().neighbours(entry, limit);
    }

    /**
     * The phrase a question asks about, as typed ("transformer" for "what is a transformer?"), for
     * echoing in a reply; the whole text, stripped, when no phrase stands out.
     */
    public String subject(String question) {
        String text = question == null ? "" : question.strip();
        if (Spelling.normalize(text).isEmpty() || text.length() > MAX_QUESTION_CHARS) {
            return text;
        }
        var parsed = engine.parse(text);
        if (parsed.targetFrom() >= parsed.targetTo()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (var word : parsed.targetWords()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(parsed.tokens().get(word.token()).text());
        }
        return out.length() == 0 ? text : out.toString();
    }

    /** The entry a typed name most plausibly means (exact, alias, plural, joined, typo), if any. */
    public Optional<Entry> resolveName(String typed) {
        if (typed == null || Spelling.normalize(typed).isEmpty()) {
            return Optional.empty();
        }
        AnswerEngine current = engine;
        var parsed = current.parse(typed);
        List<NameHit> hits = current.matcher().find(parsed.words());
        return hits.stream()
                .filter(h -> !h.conflict() && h.from() == 0 && h.to() == parsed.words().size())
                .map(NameHit::entry)
                .findFirst();
    }

    /**
     * Swaps in a new glossary. The new indexes are built before the swap, so questions in flight
     * finish on the old engine and later ones see the new one; cached answers of the old glossary
     * are dropped.
     */
    public void reload(Glossary next) {
        prepareReload(next).run();
    }

    /**
     * Builds the indexes of {@code next} (the slow part) without swapping; running the returned action
     * swaps them in. A reload that is cancelled or runs out of time between the two never swaps.
     */
    public Runnable prepareReload(Glossary next) {
        AnswerEngine built = new AnswerEngine(Objects.requireNonNull(next, "glossary"), analyzer, model, queryPrefix,
                floors, vectors, stored, tuning);
        built.awaitSemantic(); // built before the swap, as before: a reload embeds only what changed
        return () -> {
            this.engine = built;
            cache.invalidateAll();
        };
    }

    public Glossary glossary() {
        return engine.glossary();
    }

    /** The engine of the current glossary, for fitting and measuring the scorer. */
    AnswerEngine engine() {
        return engine;
    }

    /** Builds a {@link Tutor}; the models default to the shared English analyzer and bge-small. */
    public static final class Builder {
        private Glossary glossary;
        private Analyzer analyzer;
        private EmbeddingModel model;
        private String queryPrefix = "";
        private SimilarityFloors floors;
        private EmbeddingChoice choice = EmbeddingChoice.DEFAULT;
        private EmbeddingCache stored = EmbeddingCache.NONE;
        private long cacheSize = 10_000;
        private MatchTuning tuning;

        private Builder() {
        }

        public Builder glossary(Glossary glossary) {
            this.glossary = Objects.requireNonNull(glossary, "glossary");
            return this;
        }

        public Builder analyzer(Analyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        public Builder embeddings(EmbeddingChoice choice) {
            this.choice = Objects.requireNonNull(choice, "choice");
            return this;
        }

        /** A custom embedding model, the prefix its queries need, and its similarity floors. */
        public Builder embeddingModel(EmbeddingModel model, String queryPrefix, SimilarityFloors floors) {
            this.model = Objects.requireNonNull(model, "model");
            this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
            this.floors = Objects.requireNonNull(floors, "floors");
            return this;
        }

        /** The scorer's weights and thresholds; the shipped {@code match-tuning.json} by default. */
        public Builder tuning(MatchTuning tuning) {
            this.tuning = Objects.requireNonNull(tuning, "tuning");
            return this;
        }

        /** Where definition embeddings are kept between runs (default: nowhere, every start embeds them all). */
        public Builder embeddingCache(EmbeddingCache cache) {
            this.stored = Objects.requireNonNull(cache, "cache");
            return this;
        }

        public Builder cacheSize(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("cacheSize must be >= 0, got " + size);
            }
            this.cacheSize = size;
            return this;
        }

        public Tutor build() {
            if (glossary == null) {
                throw new IllegalStateException("a Tutor needs a glossary: call glossary(...) before build()");
            }
            return new Tutor(this);
        }
    }
}
