package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glossary folder with one course per sub-folder: the console picks one with --glossary NAME. */
class WiringCoursesTest {
    private final MutableClock clock = MutableClock.at(ZonedDateTime.parse("2026-12-01T08:30:00Z[UTC]"));

    @Test
    void useConsoleCourse_installedName_answersFromThatCourse(@TempDir Path dir) throws Exception {
        // GIVEN two installed courses that both define Port
        Path root = Files.createDirectories(dir.resolve("glossary"));
        Files.createDirectories(root.resolve("networking"));
        Files.writeString(root.resolve("networking/net.md"), "## Port\n\nA number that names a service on a host.\n");
        Files.createDirectories(root.resolve("shipping"));
        Files.writeString(root.resolve("shipping/ships.md"), "## Port\n\nA harbour where ships load and unload.\n");
        Config config = new Config(dir.resolve("data"), root, Optional.empty());

        try (Wiring app = Wiring.start(config, Optional.empty(), clock, new FakeTicker())) {
            // WHEN the console asks without a choice, then with --glossary shipping
            String byDefault = app.tutor().ask("what is a port?").quotes().get(0).definition();
            app.useConsoleCourse("shipping");
            String chosen = app.tutor().ask("what is a port?").quotes().get(0).definition();

            // THEN the default is the first course by name, and the choice switches the console's answers
            assertThat(app.courses().names()).containsExactly("networking", "shipping");
            assertThat(byDefault).startsWith("A number");
            assertThat(chosen).startsWith("A harbour");
            // AND a name that is not installed is a clear configuration error listing what is
            assertThatThrownBy(() -> app.useConsoleCourse("astronomy")).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("--glossary").hasMessageContaining("networking, shipping");
        }
    }

    @Test
    void start_defaultCourseNotInstalled_isAConfigurationErrorNamingTheInstalled(@TempDir Path dir) throws Exception {
        // GIVEN one installed course and a default that names another
        Path root = Files.createDirectories(dir.resolve("glossary/networking"));
        Files.writeString(root.resolve("net.md"), "## Port\n\nA number that names a service on a host.\n");
        Config config = new Config(dir.resolve("data"), dir.resolve("glossary"), Optional.empty(),
                dev.glossarytutor.match.EmbeddingChoice.DEFAULT, Optional.empty(), Optional.of("biology"));

        // WHEN the application starts THEN it stops with one line naming the variable and what is installed
        assertThatThrownBy(() -> Wiring.start(config, Optional.empty(), clock, new FakeTicker()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TUTOR_GLOSSARY_DEFAULT").hasMessageContaining("biology").hasMessageContaining("networking");
    }
}
