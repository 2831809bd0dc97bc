package dev.glossarytutor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmConfigTest {

    @Test
    void from_shouldBeEmpty_whenNothingIsSet() {
        assertThat(LlmConfig.from(new Env(Map.of("TUTOR_DATA_DIR", "x")))).isEmpty();
    }

    @Test
    void from_shouldAllowNoKey_whenABaseUrlIsGiven() {
        // GIVEN an Ollama server
        Env env = new Env(Map.of("LLM_BASE_URL", "http://localhost:11434/v1", "LLM_MODEL", "llama3.2"));

        // WHEN read THEN it is configured without a key, with the defaults
        LlmConfig c = LlmConfig.from(env).orElseThrow();
        assertThat(c.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(c.apiKey()).isEmpty();
        assertThat(c.model()).isEqualTo("llama3.2");
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.maxTokens()).isEqualTo(LlmConfig.DEFAULT_MAX_TOKENS);
        assertThat(c.promptsDir()).isEqualTo(Path.of("prompts"));
    }

    @Test
    void from_shouldMeanOpenAi_whenOnlyAKeyFileIsGiven(@TempDir Path dir) throws Exception {
        // GIVEN a key in a file, a model, a time-out, a token budget and a prompts folder
        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "sk-test-123\n");
        Env env = new Env(Map.of("LLM_API_KEY_FILE", keyFile.toString(), "LLM_MODEL", "gpt-4o-mini",
                "LLM_TIMEOUT_S", "7", "LLM_MAX_TOKENS", "300", "TUTOR_PROMPTS", "my-prompts"));

        // WHEN read
        LlmConfig c = LlmConfig.from(env).orElseThrow();

        // THEN it points at OpenAI with the key, and the key never shows in toString
        assertThat(c.baseUrl()).isEqualTo(LlmConfig.OPENAI);
        assertThat(c.apiKey()).get().extracting(Secret::reveal).isEqualTo("sk-test-123");
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(c.maxTokens()).isEqualTo(300);
        assertThat(c.promptsDir()).isEqualTo(Path.of("my-prompts"));
        assertThat(c.toString()).doesNotContain("sk-test-123");
    }

    @Test
    void from_shouldFailClearly_whenSettingsAreIncompleteOrMalformed() {
        assertThatThrownBy(() -> LlmConfig.from(new Env(Map.of("LLM_BASE_URL", "http://localhost:11434/v1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("LLM_MODEL is required");
        assertThatThrownBy(() -> LlmConfig.from(new Env(Map.of("LLM_MODEL", "llama3.2"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("neither LLM_BASE_URL nor LLM_API_KEY");
        assertThatThrownBy(() -> LlmConfig.from(new Env(Map.of("LLM_BASE_URL", "localhost:11434", "LLM_MODEL", "m"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("LLM_BASE_URL must be an http(s) URL");
        assertThatThrownBy(() -> LlmConfig.from(new Env(Map.of("LLM_API_KEY", "k", "LLM_MODEL", "m", "LLM_TIMEOUT_S", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("LLM_TIMEOUT_S must be between 1 and 300");
        assertThatThrownBy(() -> LlmConfig.from(new Env(Map.of("LLM_API_KEY", "k", "LLM_MODEL", "m", "LLM_MAX_TOKENS", "lots"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("LLM_MAX_TOKENS must be a whole number");
    }

    @Test
    void constructor_shouldRejectNonsense() {
        assertThatThrownBy(() -> new LlmConfig(LlmConfig.OPENAI, Optional.empty(), "m", Duration.ZERO, 10, Path.of("p")))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> new LlmConfig(LlmConfig.OPENAI, Optional.empty(), " ", Duration.ofSeconds(1), 10, Path.of("p")))
                .hasMessageContaining("model");
    }
}
