package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.quiz.OpenQuizRepository.OpenMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link OpenQuizRepository} must do; a store runs it by extending this class. */
public abstract class OpenQuizRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract OpenQuizRepository openQuizzes();

    @Test
    void all_should_list_open_messages_oldest_first_when_some_were_closed() {
        // GIVEN three messages opened, the middle one closed, and the newest reopened
        OpenMessage b = new OpenMessage("m-b", "c", "s", T0.plusSeconds(20));
        OpenMessage a = new OpenMessage("m-a", "c", "s", T0.plusSeconds(10));
        openQuizzes().open(b);
        openQuizzes().open(a);
        openQuizzes().open(new OpenMessage("m-c", "c", "s", T0.plusSeconds(30)));
        openQuizzes().closed("m-c");
        openQuizzes().closed("never-opened");
        OpenMessage bAgain = new OpenMessage("m-b", "c2", "s", T0.plusSeconds(5));
        openQuizzes().open(bAgain);
        // WHEN all are read THEN the closed one is gone and the reopened one replaced its record
        assertThat(openQuizzes().all()).containsExactly(bAgain, a);
    }
}
