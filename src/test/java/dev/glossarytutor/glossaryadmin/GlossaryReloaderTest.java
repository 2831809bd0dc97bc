package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReloaderTest {
    private static final String GOOD = """
            ## Epoch
            see also: Minibatch

            One pass over the whole training set.

            ## Minibatch

            A small set of examples processed together.
            """;

    @TempDir
    Path folder;

    @Test
    void should_keep_the_old_glossary_and_report_problems_when_the_new_one_is_broken_then_swap_when_fixed() throws Exception {
        // GIVEN a tutor on a two-term glossary folder
        Path file = folder.resolve("course.md");
        Files.writeString(file, GOOD);
        Tutor tutor = new Tutor(GlossaryLoader.load(folder));
        GlossaryReloader reloader = new GlossaryReloader(folder, tutor);

        // WHEN the instructor breaks the file (a see-also to nowhere, an empty definition) and reloads
        Files.writeString(file, GOOD.replace("see also: Minibatch", "see also: Mini-batches")
                + "\n## Dropout\n\n## Transfer Learning\n\nReusing a trained model.\n");
        ReloadResult broken = reloader.reload(Actor.console());

        // THEN nothing changed for students, and each problem names file and line
        assertThat(broken.reloaded()).isFalse();
        assertThat(broken.problems()).extracting(p -> p.file().getFileName().toString() + ":" + p.line())
                .containsExactly("course.md:1", "course.md:10");
        assertThat(broken.text()).contains("NOT reloaded", "course.md:1: see also 'Mini-batches'", "empty definition for Dropout");
        assertThat(tutor.ask("Epoch").kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(tutor.ask("Transfer Learning").kind()).isEqualTo(Answer.Kind.NOT_FOUND);

        // WHEN the instructor fixes it and reloads again
        Files.writeString(file, GOOD + "\n## Transfer Learning\n\nReusing a trained model.\n");
        ReloadResult fixed = reloader.reload(Actor.console());

        // THEN the new term answers, verbatim, and the result lists it as added
        assertThat(fixed.reloaded()).isTrue();
        assertThat(fixed.added()).containsExactly("Transfer Learning");
        assertThat(fixed.text()).contains("3 terms", "Added: Transfer Learning");
        Answer answer = tutor.ask("Transfer Learning");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.quotes().get(0).definition()).isEqualTo("Reusing a trained model.");
    }

    @Test
    void should_refuse_a_student() throws Exception {
        // GIVEN a reloader
        Files.writeString(folder.resolve("course.md"), GOOD);
        Tutor tutor = new Tutor(GlossaryLoader.load(folder));

        // WHEN / THEN a student may not reload
        assertThatThrownBy(() -> new GlossaryReloader(folder, tutor).reload(Actor.student("u1")))
                .isInstanceOf(NotInstructorException.class).hasMessage("Only instructors can reload the glossary.");
    }
}
