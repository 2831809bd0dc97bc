package dev.glossarytutor.app;

import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import java.time.ZonedDateTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.glossaryadmin.ReloadResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringReloadTest {

    @Test
    void reload_shouldKeepTheRunningGlossary_whenATemplateIsBroken(@TempDir Path dir) throws Exception {
        // GIVEN a running app with its own glossary and prompt templates (the LLM is never called here)
        Path glossary = Files.createDirectories(dir.resolve("glossary"));
        Files.copy(Path.of("glossary/deep-learning/deep-learning.md"), glossary.resolve("deep-learning.md"));
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        for (String name : new String[] {"simpler.txt", "example.txt", "analogy.txt"}) {
            Files.copy(Path.of("prompts").resolve(name), prompts.resolve(name));
        }
        LlmConfig llm = new LlmConfig(URI.create("http://127.0.0.1:9/v1"), Optional.empty(), "m",
                Duration.ofSeconds(1), 100, prompts);
        try (Wiring app = Wiring.start(new Config(dir.resolve("data"), glossary, Optional.empty()), Optional.of(llm),
                MutableClock.at(ZonedDateTime.parse("2026-12-01T10:00:00Z")), new FakeTicker())) {
            assertThat(app.explainer().isConfigured()).isTrue();
            Path file = glossary.resolve("deep-learning.md");
            Files.writeString(file, Files.readString(file).replace(
                    "Algorithm for performing gradient descent on neural networks.", "Edited definition."));

            // WHEN a template is broken and the app reloads
            Files.writeString(prompts.resolve("example.txt"), "{{definition}} {{question}}");

            // THEN the reload fails and the old definition is still quoted
            ReloadResult refused = app.reloader().reload(Actor.console());
            assertThat(refused.reloaded()).isFalse();
            assertThat(refused.text()).contains("example.txt");
            assertThat(app.tutor().define("backprop").quotes().get(0).definition())
                    .isEqualTo("Algorithm for performing gradient descent on neural networks.");

            // WHEN the template is fixed and the app reloads THEN the edited glossary is live
            Files.copy(Path.of("prompts/example.txt"), prompts.resolve("example.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(app.reloader().reload(Actor.console()).reloaded()).isTrue();
            assertThat(app.tutor().define("backprop").quotes().get(0).definition()).isEqualTo("Edited definition.");
        }
    }
}
