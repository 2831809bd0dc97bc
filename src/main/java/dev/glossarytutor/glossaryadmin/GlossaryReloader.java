package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.glossary.GlossaryLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the glossary folder and swaps it into the tutor, or, on any problem, leaves the live
 * glossary alone and reports every problem with file and line. Nothing is swapped half-way: the
 * new glossary is fully loaded and checked before {@link Tutor#reload} sees it.
 *
 * <p>A reload runs on a thread of its own, never on the thread that answers students; they get the
 * old glossary until the new one is ready. A glossary over the {@link GlossaryLimits} is refused
 * before any file is read. A reload that takes longer than the limits' timeout, or that is
 * {@link #cancel cancelled}, is abandoned: the old glossary stays, and the work's thread is
 * interrupted. One reload runs at a time; asking again while one runs joins it.
 */
public final class GlossaryReloader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GlossaryReloader.class);

    private final Path glossaryPath;
    private final Tutor tutor;
    private final Runnable companions;
    private final GlossaryLimits limits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossary-reload");
        t.setDaemon(true);
        return t;
    });
    private Running running;

    /**
     * A reload in progress: what callers wait on, the work to interrupt, and whether it was decided
     * (swapped in, or given up): whichever of the two comes first wins, so a reload given up never swaps.
     */
    private record Running(CompletableFuture<ReloadResult> result, Future<?> work, AtomicBoolean decided) {
    }

    public GlossaryReloader(Path glossaryPath, Tutor tutor) {
        this(glossaryPath, tutor, () -> { });
    }

    public GlossaryReloader(Path glossaryPath, Tutor tutor, Runnable companions) {
        this(glossaryPath, tutor, companions, GlossaryLimits.DEFAULT);
    }

    /**
     * @param companions reloads what is read beside the glossary (the prompt templates); it runs
     *                   after the glossary has loaded and before the swap, and whatever it throws
     *                   cancels the reload, so glossary and templates change together or not at all
     * @param limits     the largest glossary accepted, and how long a reload may take
     */
    public GlossaryReloader(Path glossaryPath, Tutor tutor, Runnable companions, GlossaryLimits limits) {
        this.glossaryPath = glossaryPath;
        this.tutor = tutor;
        this.companions = companions;
        this.limits = limits;
    }

    /** The folder the glossary is read from. */
    public Path folder() {
        return glossaryPath;
    }

    /** Reloads and waits for the outcome (at most the time limit); the work runs on the reload thread. */
    public ReloadResult reload(Actor actor) {
        try {
            return start(actor).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refused(List.of(new Problem(glossaryPath, 0, "interrupted while waiting for the reload")));
        } catch (ExecutionException e) {
            return refused(List.of(new Problem(glossaryPath, 0, "the reload failed: " + e.getCause())));
        }
    }

    /**
     * Starts a reload on the reload thread, or joins the one running, and returns its outcome to come.
     * It completes within the time limit: with the result, or refused when time ran out or it was
     * cancelled.
     */
    public synchronized CompletableFuture<ReloadResult> start(Actor actor) {
        actor.requireInstructor("reload the glossary");
        if (running != null && !running.result().isDone()) {
            return running.result();
        }
        CompletableFuture<ReloadResult> result = new CompletableFuture<>();
        AtomicBoolean decided = new AtomicBoolean();
        Future<?> work = worker.submit(() -> {
            try {
                result.complete(reloadNow(actor, decided));
            } catch (RuntimeException | Error e) {
                log.error("Glossary reload by {} failed", actor.id(), e);
                result.complete(refused(List.of(new Problem(glossaryPath, 0, "the reload failed: " + e))));
            }
        });
        Running r = new Running(result, work, decided);
        running = r;
        CompletableFuture.delayedExecutor(limits.reloadTimeout().toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                abandon(r, "the reload took longer than " + limits.reloadTimeout().toSeconds()
                        + " s (TUTOR_GLOSSARY_RELOAD_SECONDS) and was stopped"));
        return result;
    }

    /** Cancels the running reload, if any; the old glossary stays. False when none was running. */
    public synchronized boolean cancel(Actor actor) {
        actor.requireInstructor("cancel a glossary reload");
        if (running == null || running.result().isDone()) {
            return false;
        }
        return abandon(running, "the reload was cancelled by " + actor.id());
    }

    /** Gives up on {@code r}: it will not swap, its waiters get a refusal now, its thread is interrupted. */
    private boolean abandon(Running r, String why) {
        if (r.result().isDone() || !r.decided().compareAndSet(false, true)) {
            return false; // finished, or swapping in, first
        }
        log.warn("Glossary reload abandoned: {}", why);
        r.result().complete(refused(List.of(new Problem(glossaryPath, 0, why))));
        r.work().cancel(true);
        return true;
    }

    private ReloadResult reloadNow(Actor actor, AtomicBoolean decided) {
        Glossary next;
        try {
            next = GlossaryLoader.load(glossaryPath, limits);
        } catch (GlossaryException e) {
            List<Problem> problems = e.problems().stream().sorted().toList();
            log.warn("Glossary reload by {} refused: {} problems", actor.id(), problems.size());
            return refused(problems);
        }
        Glossary previous = tutor.glossary();
        try {
            companions.run();
        } catch (RuntimeException e) {
            log.warn("Glossary reload by {} refused: {}", actor.id(), e.getMessage());
            return refused(List.of(new Problem(glossaryPath, 0, e.getMessage())));
        }
        try {
            Runnable swapIn = tutor.prepareReload(next);
            if (!decided.compareAndSet(false, true)) {
                return refused(List.of(new Problem(glossaryPath, 0, "the reload was stopped")));
            }
            swapIn.run();
        } catch (RuntimeException e) {
            log.error("Glossary reload by {} failed while swapping in", actor.id(), e);
            return refused(List.of(new Problem(glossaryPath, 0, "could not switch to the new glossary: " + e.getMessage())));
        }
        log.info("Glossary reloaded by {}: {} terms, version {}", actor.id(), next.size(), next.version());
        return new ReloadResult(true, next.size(), difference(next, previous), difference(previous, next), List.of());
    }

    private ReloadResult refused(List<Problem> problems) {
        return new ReloadResult(false, tutor.glossary().size(), List.of(), List.of(), problems);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Terms of {@code a} that {@code b} lacks, in {@code a}'s order. */
    private static List<String> difference(Glossary a, Glossary b) {
        Set<String> inB = b.entries().stream().map(e -> e.term().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        return a.entries().stream().map(Entry::term)
                .filter(t -> !inB.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
