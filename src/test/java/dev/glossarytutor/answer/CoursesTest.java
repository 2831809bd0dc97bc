package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoursesTest {
    @TempDir
    Path dir;
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private Courses courses;

    /** Choices kept in a map, as a store keeps them. */
    private final Courses.Choices choices = new Courses.Choices() {
        @Override
        public Optional<String> chosenFor(String serverId) {
            return Optional.ofNullable(stored.get(serverId));
        }

        @Override
        public void choose(String serverId, String course) {
            stored.put(serverId, course);
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        // two courses that both define "Port", differently
        Path net = Files.writeString(dir.resolve("net.md"), "## Port\n\nA number that names a service on a host.\n");
        Path ships = Files.writeString(dir.resolve("ships.md"), "## Port\n\nA harbour where ships load and unload.\n");
        courses = Courses.builder()
                .course("networking", new Tutor(GlossaryLoader.load(net)))
                .course("shipping", new Tutor(GlossaryLoader.load(ships)))
                .choices(choices)
                .build();
    }

    @Test
    void forServer_noChoice_givesTheDefaultCourse() {
        // GIVEN no server has chosen WHEN a server asks THEN it gets the first course
        assertThat(courses.nameFor("s1")).isEqualTo("networking");
        assertThat(courses.forServer("s1").define("port").quotes().get(0).definition()).startsWith("A number");
    }

    @Test
    void use_installedName_changesOnlyThatServersAnswers() {
        // GIVEN server s2 chooses the shipping glossary, typed loosely
        Courses.Use use = courses.use("s2", " Shipping ");

        // WHEN both servers ask the same thing
        String s1 = courses.forServer("s1").define("port").quotes().get(0).definition();
        String s2 = courses.forServer("s2").define("port").quotes().get(0).definition();

        // THEN the choice is stored under the installed spelling, and each server quotes its own glossary
        assertThat(use.changed()).isTrue();
        assertThat(stored).containsEntry("s2", "shipping");
        assertThat(s1).startsWith("A number");
        assertThat(s2).startsWith("A harbour");
    }

    @Test
    void use_unknownName_changesNothingAndListsTheInstalled() {
        // GIVEN a name that is not installed
        // WHEN an instructor picks it
        Courses.Use use = courses.use("s1", "astronomy");

        // THEN nothing is stored, and the reply names what is installed and what is in use
        assertThat(use.changed()).isFalse();
        assertThat(stored).isEmpty();
        assertThat(use.message()).contains("networking, shipping").contains("uses networking");
    }

    @Test
    void nameFor_storedCourseNoLongerInstalled_fallsBackToTheDefault() {
        // GIVEN a server whose stored choice was uninstalled since
        stored.put("s3", "astronomy");

        // WHEN it asks THEN it gets the default course
        assertThat(courses.nameFor("s3")).isEqualTo("networking");
    }

    @Test
    void pin_console_overridesTheStoreInThisProcessOnly() {
        // GIVEN the console pinned to shipping
        courses.pin("console", "SHIPPING");

        // WHEN the console asks THEN it uses shipping, and nothing was stored
        assertThat(courses.nameFor("console")).isEqualTo("shipping");
        assertThat(stored).isEmpty();
        assertThatThrownBy(() -> courses.pin("console", "astronomy")).hasMessageContaining("networking, shipping");
    }

    @Test
    void build_unknownDefault_isRefusedNamingTheInstalled() {
        // GIVEN a default that is not installed WHEN built THEN it is refused
        assertThatThrownBy(() -> Courses.builder().course("networking", courses.forServer("x"))
                .defaultCourse("biology").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biology").hasMessageContaining("networking");
    }

    @Test
    void builder_sameNameTwiceIgnoringCase_isRefused() {
        // GIVEN a name used twice WHEN added THEN it is refused
        assertThatThrownBy(() -> Courses.builder().course("Net", courses.forServer("x")).course("net", courses.forServer("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
