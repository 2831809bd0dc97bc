package dev.glossarytutor.explain;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.answer.Courses;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.ratelimit.RateLimiter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Explain it differently": quotes the glossary definition verbatim and, when an LLM is
 * configured, adds a guarded AI rephrasing beneath it. Transport-independent: the console,
 * the command line and Discord all call {@link #explain}.
 *
 * <p>The prompt is built from glossary data, the style and a validated language tag only; the
 * student's text merely selects the entry. {@link #explain} never throws and never waits
 * longer than the configured deadline: on any failure the reply is the quote plus a short note.
 * Rephrasings are cached, and LLM calls are rate-limited per user.
 */
public final class Explainer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Explainer.class);

    static final String NOTE_NOT_CONFIGURED =
            "AI rephrasing is not configured here; the definition above is the glossary's full answer.";
    static final String NOTE_RATE_LIMITED =
            "You have asked for many rephrasings in a short time; try again in a minute.";
    static final String NOTE_REJECTED = "No AI rephrasing is available for this term.";
    static final String NOTE_TIMEOUT = "No AI rephrasing this time: the language model did not answer in time.";
    static final String NOTE_REFUSED = "No AI rephrasing this time: the language model declined.";
    static final String NOTE_FAILED = "No AI rephrasing this time: the language model service is unavailable.";

    /** The request's term to its glossary's answer. */
    private final Function<ExplainRequest, Answer> lookup;
    private final Rephraser rephraser;
    private final PromptTemplates templates;
    private final OutputGuard guard;
    private final RephraseCache cache;
    private final RateLimiter rateLimiter;
    private final Duration deadline;
    private final DeadlineTimer deadlines;
    private final ExecutorService workers;
    /** Measures how long a failed call took, for its one log line. */
    private final Ticker ticker;

    private Explainer(Builder b) {
        this.lookup = b.lookup;
        this.rephraser = b.rephraser;
        this.templates = b.templates;
        this.guard = b.guard;
        this.cache = new RephraseCache(b.cacheSize, b.cacheTtl, b.ticker);
        this.rateLimiter = new RateLimiter(b.ratePermits, b.rateWindow, b.ticker);
        this.ticker = b.ticker;
        this.deadline = b.deadline;
        this.deadlines = b.deadlines;
        this.workers = rephraser == null ? null : Executors.newFixedThreadPool(b.workers, daemonThreads());
    }

    /**
     * The explainer of the running application: with an LLM when {@code config} is present,
     * quoting only otherwise. Logs one line saying which.
     *
     * @throws PromptTemplateException when an LLM is configured and its templates are missing or broken
     */
    public static Explainer create(Tutor tutor, Optional<LlmConfig> config, Ticker ticker) {
        return create(Courses.of("glossary", Objects.requireNonNull(tutor, "tutor")), config, ticker);
    }

    /** As above, each request's term looked up in the glossary of the server it came from. */
    public static Explainer create(Courses courses, Optional<LlmConfig> config, Ticker ticker) {
        Objects.requireNonNull(courses, "courses");
        Function<ExplainRequest, Answer> lookup = r -> courses.forServer(r.serverId()).define(r.term());
        if (config.isEmpty()) {
            log.info("LLM rephrasing is off (set LLM_BASE_URL or LLM_API_KEY to turn it on); explain quotes only");
            return new Builder(lookup).ticker(ticker).build();
        }
        LlmConfig c = config.get();
        Explainer explainer = new Builder(lookup)
                .ticker(ticker)
                .rephraser(new OpenAiRephraser(c))
                .templates(c.promptsDir())
                .deadline(c.timeout())
                .build();
        log.info("LLM rephrasing is on: model {} at {}://{}, deadline {} s, templates in {}", c.model(),
                c.baseUrl().getScheme(), c.baseUrl().getAuthority().replaceFirst("^.*@", ""),
                c.timeout().toSeconds(), c.promptsDir());
        return explainer;
    }

    /** An explainer without an LLM: it quotes and says that rephrasing is not configured. */
    static Explainer notConfigured(Function<String, Answer> lookup, Ticker ticker) {
        return builder(lookup).ticker(ticker).build();
    }

    /** @param lookup the term a student typed to the tutor's answer, usually {@code tutor::define} */
    static Builder builder(Function<String, Answer> lookup) {
        return new Builder(r -> lookup.apply(r.term()));
    }

    /** True when an LLM is configured; transports offer explain commands and buttons only then. */
    public boolean isConfigured() {
        return rephraser != null;
    }

    /** The definition, and beneath it a rephrasing or a note saying why there is none. Never throws. */
    public Explanation explain(ExplainRequest request) {
        Objects.requireNonNull(request, "request");
        Answer found = lookup.apply(request);
        Optional<Quote> quote = found.quotes().stream().findFirst();
        if (quote.isEmpty()) {
            return new Explanation(found, Optional.empty(), "", Explanation.Outcome.NOT_FOUND);
        }
        if (rephraser == null) {
            return without(found, Explanation.Outcome.NOT_CONFIGURED, NOTE_NOT_CONFIGURED);
        }
        try {
            return rephrase(request, found, quote.get().entry());
        } catch (RuntimeException e) {
            log.error("Explaining '{}' failed unexpectedly; quoting only", quote.get().term(), e);
            return without(found, Explanation.Outcome.UNAVAILABLE, NOTE_FAILED);
        }
    }

    /**
     * Reads the prompt templates again (call it on glossary reload). A broken template is thrown
     * and the working ones stay in use.
     *
     * @throws PromptTemplateException listing the problems of the new templates
     */
    public void reload() {
        if (templates != null) {
            templates.reload();
            log.info("Prompt templates reloaded from {}", templates.folder());
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private Explanation rephrase(ExplainRequest request, Answer found, Entry entry) {
        Prompt prompt = templates.render(request.style(), entry, request.language());
        RephraseCache.Key key = new RephraseCache.Key(entry.term(), entry.definition(), request.style(),
                request.language(), rephraser.model(), prompt.templateHash());
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            return new Explanation(found, cached, "", Explanation.Outcome.REPHRASED);
        }
        if (rateLimiter.tryAcquire(request.userId()).isPresent()) {
            return without(found, Explanation.Outcome.RATE_LIMITED, NOTE_RATE_LIMITED);
        }
        String reply;
        long started = ticker.read();
        try {
            reply = call(prompt.text());
        } catch (RephraseException e) {
            // one line: what failed, how long it took, the retry policy; the client's own retry logs and
            // stack traces are kept out (logback.xml), and this one has its trace only at DEBUG
            log.warn("No rephrasing of '{}' ({} {}): {} {} after {} ms (model {}, at most {} retry); quoting only",
                    entry.term(), request.style().id(), request.language(), e.reason(), e.getMessage(),
                    (ticker.read() - started) / 1_000_000, rephraser.model(), OpenAiRephraser.MAX_RETRIES);
            log.debug("The rephrasing failure in full", e);
            return without(found, Explanation.Outcome.UNAVAILABLE, switch (e.reason()) {
                case TIMEOUT -> NOTE_TIMEOUT;
                case REFUSAL -> NOTE_REFUSED;
                default -> NOTE_FAILED;
            });
        }
        OutputGuard.Verdict verdict = guard.check(reply, entry.definition());
        if (verdict instanceof OutputGuard.Accepted accepted) {
            cache.put(key, accepted.text());
            return new Explanation(found, Optional.of(accepted.text()), "", Explanation.Outcome.REPHRASED);
        }
        log.info("Rephrasing of '{}' ({} {}) rejected: {}", entry.term(), request.style().id(), request.language(),
                ((OutputGuard.Rejected) verdict).reason());
        return without(found, Explanation.Outcome.REJECTED, NOTE_REJECTED);
    }

    /**
     * Runs the LLM call on a worker and gives up when the deadline timer fires, whatever the client
     * library does; the worker is then interrupted.
     */
    private String call(String prompt) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        Future<?> worker;
        try {
            worker = workers.submit(() -> {
                try {
                    reply.complete(rephraser.rephrase(prompt));
                } catch (Throwable t) {
                    reply.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new RephraseException(RephraseException.Reason.FAILED, "the explainer is closed", e);
        }
        DeadlineTimer.Cancellable timer = deadlines.after(deadline,
                () -> reply.completeExceptionally(new TimeoutException()));
        try {
            return reply.get();
        } catch (InterruptedException e) {
            worker.cancel(true);
            Thread.currentThread().interrupt();
            throw new RephraseException(RephraseException.Reason.FAILED, "interrupted while waiting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimeoutException) {
                worker.cancel(true);
                throw new RephraseException(RephraseException.Reason.TIMEOUT,
                        "no answer within " + deadline.toMillis() + " ms");
            }
            if (cause instanceof RuntimeException r) {
                throw OpenAiRephraser.classify(r);
            }
            throw new RephraseException(RephraseException.Reason.FAILED, String.valueOf(cause), cause);
        } finally {
            timer.cancel();
        }
    }

    private static Explanation without(Answer found, Explanation.Outcome outcome, String note) {
        return new Explanation(found, Optional.empty(), note, outcome);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "llm-rephrase-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Assembles an explainer; without a rephraser it quotes only. Validates on {@link #build}. */
    static final class Builder {
        private final Function<ExplainRequest, Answer> lookup;
        private Rephraser rephraser;
        private PromptTemplates templates;
        private OutputGuard guard = new OutputGuard();
        private Duration deadline = Duration.ofSeconds(LlmConfig.DEFAULT_TIMEOUT_S);
        private Ticker ticker;
        private DeadlineTimer deadlines = DeadlineTimer.elapsed();
        private long cacheSize = 2_000;
        private Duration cacheTtl = Duration.ofHours(24);
        private int ratePermits = 6;
        private Duration rateWindow = Duration.ofMinutes(1);
        private int workers = 4;

        private Builder(Function<ExplainRequest, Answer> lookup) {
            this.lookup = Objects.requireNonNull(lookup, "lookup");
        }

        Builder rephraser(Rephraser rephraser) {
            this.rephraser = Objects.requireNonNull(rephraser, "rephraser");
            return this;
        }

        /** Loads the templates now, so a broken one fails at start-up. */
        Builder templates(Path folder) {
            this.templates = PromptTemplates.load(folder);
            return this;
        }

        Builder guard(OutputGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /** The longest a student waits for a rephrasing, retry included. */
        Builder deadline(Duration deadline) {
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("deadline must be positive: " + deadline);
            }
            this.deadline = deadline;
            return this;
        }

        /** What ends the wait for the LLM once the deadline has passed. */
        Builder deadlineTimer(DeadlineTimer deadlines) {
            this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
            return this;
        }

        /** The clock of the cache and the rate limit; required, so that tests and the application choose it. */
        Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        Builder cache(long maxEntries, Duration timeToLive) {
            this.cacheSize = maxEntries;
            this.cacheTtl = Objects.requireNonNull(timeToLive, "timeToLive");
            return this;
        }

        Builder rateLimit(int permits, Duration window) {
            this.ratePermits = permits;
            this.rateWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        Builder workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be positive: " + workers);
            }
            this.workers = workers;
            return this;
        }

        Explainer build() {
            if (ticker == null) {
                throw new IllegalStateException("an explainer needs a ticker: call ticker(t)");
            }
            if (rephraser != null && templates == null) {
                throw new IllegalStateException("a rephraser needs prompt templates: call templates(folder)");
            }
            return new Explainer(this);
        }
    }
}
