package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.console.ReloadConsoleCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.glossary.GlossaryLimits;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.match.SimilarityFloors;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized glossaries, reloads off the answering thread, their time limit and cancelling. */
class ReloadLimitsTest {
    private static final String SMALL = """
            ## Epoch

            One pass over the whole training set.

            ## Minibatch

            A small set of examples processed together.
            """;

    @TempDir
    Path folder;

    private GlossaryReloader reloader;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        if (reloader != null) {
            reloader.close();
        }
    }

    private Tutor tutor() throws Exception {
        Files.writeString(folder.resolve("course.md"), SMALL);
        return Tutor.builder().glossary(GlossaryLoader.load(folder))
                .embeddingModel(new HashEmbeddings(), "", new SimilarityFloors(0.2)).build();
    }

    /** Holds a reload after its glossary loaded and before the swap, until the test lets it go. */
    private void holdUntilReleased() {
        held.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reload interrupted");
        }
    }

    private static String repl(Tutor tutor, GlossaryReloader reloader, String input) throws Exception {
        StringWriter text = new StringWriter();
        new Repl(tutor, new TextRenderer(), List.of(new ReloadConsoleCommand(reloader)))
                .run(new BufferedReader(new StringReader(input)), new PrintWriter(text, true), false);
        return text.toString();
    }

    @Test
    void reload_should_refuse_a_54_MB_glossary_before_reading_it_while_the_repl_keeps_answering() throws Exception {
        // GIVEN a tutor answering from a small glossary, and a 54 MB file dropped into its folder
        Tutor tutor = tutor();
        reloader = new GlossaryReloader(folder, tutor, () -> { }, GlossaryLimits.DEFAULT);
        try (RandomAccessFile big = new RandomAccessFile(folder.resolve("deep-learning.md").toFile(), "rw")) {
            big.setLength(54_000_000L);
        }

        // WHEN the instructor reloads from the REPL and a student asks right after
        String out = repl(tutor, reloader, "reload\nEpoch\n");

        // THEN the REPL answered from the current glossary
        assertThat(out).contains("Reloading the glossary in the background", "One pass over the whole training set.");
        // AND the reload is refused, naming the size and the limit, within 2 s (nothing is read)
        ReloadResult refused = reloader.start(Actor.console()).get(2, TimeUnit.SECONDS);
        assertThat(refused.reloaded()).isFalse();
        assertThat(refused.text()).contains("54.0 MB", "the limit is 5.0 MB", "TUTOR_GLOSSARY_MAX_BYTES");
        assertThat(tutor.glossary().size()).isEqualTo(2);
    }

    @Test
    void reload_should_swap_in_a_4_MB_glossary_while_the_repl_keeps_answering_from_the_old_one() throws Exception {
        // GIVEN a 4 MB glossary of 4,000 terms replacing the small one, and a reload held before its swap
        Tutor tutor = tutor();
        StringBuilder big = new StringBuilder("## Epoch\n\nOne full sweep through the data, in the new course.\n\n");
        String filler = "word ".repeat(190);
        for (int i = 1; big.length() < 4_000_000; i++) {
            big.append("## Term ").append(i).append("\n\nDefinition ").append(i).append(": ").append(filler).append("\n\n");
        }
        Files.writeString(folder.resolve("course.md"), big);
        reloader = new GlossaryReloader(folder, tutor, this::holdUntilReleased, GlossaryLimits.DEFAULT);

        // WHEN the reload starts from the REPL and, while it is held, a student asks
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        Repl repl = new Repl(tutor, new TextRenderer(), List.of(new ReloadConsoleCommand(reloader)));
        repl.run(new BufferedReader(new StringReader("reload\n")), out, false);
        assertThat(held.await(5, TimeUnit.MINUTES)).as("the 4 MB glossary loaded").isTrue();
        repl.run(new BufferedReader(new StringReader("Epoch\n")), out, false);

        // THEN the answer comes from the old glossary
        assertThat(text.toString()).contains("One pass over the whole training set.");

        // WHEN the reload may finish
        release.countDown();
        ReloadResult result = reloader.start(Actor.console()).get(5, TimeUnit.MINUTES);

        // THEN the new glossary answers
        assertThat(result.reloaded()).as(result.text()).isTrue();
        assertThat(result.terms()).isGreaterThan(4_000 - 1_000).isLessThanOrEqualTo(5_000);
        assertThat(tutor.glossary().size()).isEqualTo(result.terms());
        assertThat(repl(tutor, reloader, "Epoch\n")).contains("One full sweep through the data");
    }

    @Test
    void reload_should_keep_the_old_glossary_when_it_runs_out_of_time() throws Exception {
        // GIVEN a reload that never gets past its companions, and a one-second limit
        Tutor tutor = tutor();
        Files.writeString(folder.resolve("more.md"), "## Dropout\n\nRandomly zeroing units while training.\n");
        reloader = new GlossaryReloader(folder, tutor, this::holdUntilReleased,
                new GlossaryLimits(5_000_000, 5_000, Duration.ofSeconds(1)));

        // WHEN it runs
        ReloadResult result = reloader.start(Actor.console()).get(1, TimeUnit.MINUTES);

        // THEN it is stopped, the old glossary stays, and the next reload works
        assertThat(result.reloaded()).isFalse();
        assertThat(result.text()).contains("took longer than 1 s");
        assertThat(tutor.glossary().size()).isEqualTo(2);
        release.countDown();
        assertThat(reloader.start(Actor.console()).get(1, TimeUnit.MINUTES).reloaded()).isTrue();
        assertThat(tutor.glossary().size()).isEqualTo(3);
    }

    @Test
    void cancel_should_stop_a_running_reload_and_keep_the_old_glossary() throws Exception {
        // GIVEN a reload held before its swap
        Tutor tutor = tutor();
        Files.writeString(folder.resolve("more.md"), "## Dropout\n\nRandomly zeroing units while training.\n");
        reloader = new GlossaryReloader(folder, tutor, this::holdUntilReleased, GlossaryLimits.DEFAULT);
        var running = reloader.start(Actor.console());
        assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();

        // WHEN the instructor cancels it from the REPL
        String out = repl(tutor, reloader, "reload cancel\n");

        // THEN it reports the cancel, the reload is refused, and the old glossary stays
        assertThat(out).contains("Reload cancelled");
        assertThat(running.get(1, TimeUnit.MINUTES).text()).contains("cancelled");
        assertThat(tutor.glossary().size()).isEqualTo(2);
        assertThat(repl(tutor, reloader, "reload cancel\n")).contains("No reload is running");
    }

    @Test
    void reload_should_refuse_a_glossary_with_more_terms_than_the_limit() throws Exception {
        // GIVEN a limit of 2 terms and a third term added
        Tutor tutor = tutor();
        Files.writeString(folder.resolve("more.md"), "## Dropout\n\nRandomly zeroing units while training.\n");
        reloader = new GlossaryReloader(folder, tutor, () -> { }, new GlossaryLimits(5_000_000, 2, Duration.ofMinutes(1)));

        // WHEN reloading THEN it is refused with the count and the limit
        ReloadResult result = reloader.reload(Actor.console());
        assertThat(result.reloaded()).isFalse();
        assertThat(result.text()).contains("3 terms", "the limit is 2", "TUTOR_GLOSSARY_MAX_TERMS");
        assertThat(tutor.glossary().size()).isEqualTo(2);
    }
}
