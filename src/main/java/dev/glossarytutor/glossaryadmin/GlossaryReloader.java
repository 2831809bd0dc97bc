package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import dev.glossarytutor.instructor.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the glossary folder and swaps it into the tutor, or, on any problem, leaves the live
 * glossary alone and reports every problem with file and line. Nothing is swapped half-way: the
 * new glossary is fully loaded and checked before {@link Tutor#reload} sees it.
 */
public final class GlossaryReloader {
    private static final Logger log = LoggerFactory.getLogger(GlossaryReloader.class);

    private final Path glossaryPath;
    private final Tutor tutor;
    private final Runnable companions;

    public GlossaryReloader(Path glossaryPath, Tutor tutor) {
        this(glossaryPath, tutor, () -> { });
    }

    /**
     * @param companions reloads what is read beside the glossary (the prompt templates); it runs
     *                   after the glossary has loaded and before the swap, and whatever it throws
     *                   cancels the reload, so glossary and templates change together or not at all
     */
    public GlossaryReloader(Path glossaryPath, Tutor tutor, Runnable companions) {
        this.glossaryPath = glossaryPath;
        this.tutor = tutor;
        this.companions = companions;
    }

    /** The folder the glossary is read from. */
    public Path folder() {
        return glossaryPath;
    }

    /** Reloads; synchronized so two instructors' reloads do not interleave. */
    public synchronized ReloadResult reload(Actor actor) {
        actor.requireInstructor("reload the glossary");
        Glossary next;
        try {
            next = GlossaryLoader.load(glossaryPath);
        } catch (GlossaryException e) {
            List<Problem> problems = e.problems().stream().sorted().toList();
            log.warn("Glossary reload by {} refused: {} problems", actor.id(), problems.size());
            return new ReloadResult(false, tutor.glossary().size(), List.of(), List.of(), problems);
        }
        Glossary previous = tutor.glossary();
        try {
            companions.run();
        } catch (RuntimeException e) {
            log.warn("Glossary reload by {} refused: {}", actor.id(), e.getMessage());
            return new ReloadResult(false, previous.size(), List.of(), List.of(),
                    List.of(new Problem(glossaryPath, 0, e.getMessage())));
        }
        try {
            tutor.reload(next);
        } catch (RuntimeException e) {
            log.error("Glossary reload by {} failed while swapping in", actor.id(), e);
            return new ReloadResult(false, previous.size(), List.of(), List.of(),
                    List.of(new Problem(glossaryPath, 0, "could not switch to the new glossary: " + e.getMessage())));
        }
        log.info("Glossary reloaded by {}: {} terms, version {}", actor.id(), next.size(), next.version());
        return new ReloadResult(true, next.size(), difference(next, previous), difference(previous, next), List.of());
    }

    /** Terms of {@code a} that {@code b} lacks, in {@code a}'s order. */
    private static List<String> difference(Glossary a, Glossary b) {
        Set<String> inB = b.entries().stream().map(e -> e.term().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        return a.entries().stream().map(Entry::term)
                .filter(t -> !inB.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
