package dev.glossarytutor.glossaryadmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every {@link ServerCourseRepository} must do; a store runs it by extending this class. */
public abstract class ServerCourseRepositoryContract {

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract ServerCourseRepository serverCourses();

    @Test
    void find_should_be_empty_when_the_server_never_chose() {
        // GIVEN an empty store
        // WHEN a server's choice is read THEN there is none
        assertThat(serverCourses().find("s1")).isEmpty();
    }

    @Test
    void save_should_replace_the_choice_when_a_server_chooses_again() {
        // GIVEN two servers' choices, then the first server changes its mind
        serverCourses().save("s1", "networking");
        serverCourses().save("s2", "statistics");
        serverCourses().save("s1", "deep-learning");

        // WHEN they are read THEN each server has its latest choice, one row each
        assertThat(serverCourses().find("s1")).contains("deep-learning");
        assertThat(serverCourses().find("s2")).contains("statistics");
        assertThat(serverCourses().all()).containsExactly(
                java.util.Map.entry("s1", "deep-learning"), java.util.Map.entry("s2", "statistics"));
    }
}
