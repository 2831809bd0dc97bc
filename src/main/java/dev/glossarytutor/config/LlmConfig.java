package dev.glossarytutor.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the optional LLM that rephrases definitions, spoken to through the OpenAI
 * chat-completions protocol (OpenAI, Ollama, vLLM, llama.cpp, LM Studio all speak it).
 *
 * <p>The LLM counts as configured when {@code LLM_BASE_URL} or an API key is set. A base URL
 * without a key is allowed because local servers (Ollama) need none; a key without a base URL
 * means OpenAI itself.
 *
 * @param baseUrl    the API root, ending before {@code /chat/completions} ({@code LLM_BASE_URL})
 * @param apiKey     the bearer token ({@code LLM_API_KEY} or {@code LLM_API_KEY_FILE}); absent sends none
 * @param model      the model name ({@code LLM_MODEL}, required once the LLM is configured)
 * @param timeout    the whole request's deadline, retry included ({@code LLM_TIMEOUT_S}, default 15)
 * @param maxTokens  the reply's token budget ({@code LLM_MAX_TOKENS}, default 400)
 * @param promptsDir the prompt templates folder ({@code TUTOR_PROMPTS}, default {@code prompts/})
 */
public record LlmConfig(
        URI baseUrl,
        Optional<Secret> apiKey,
        String model,
        Duration timeout,
        int maxTokens,
        Path promptsDir) {

    /** Where a key without a base URL points. */
    public static final URI OPENAI = URI.create("https://api.openai.com/v1");
    public static final int DEFAULT_TIMEOUT_S = 15;
    public static final int DEFAULT_MAX_TOKENS = 400;

    public LlmConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(promptsDir, "promptsDir");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
    }

    /**
     * The LLM settings, or empty when no LLM is configured.
     *
     * @throws ConfigException when the settings are incomplete or malformed
     */
    public static Optional<LlmConfig> from(Env env) {
        Optional<String> url = env.get("LLM_BASE_URL");
        Optional<Secret> key = env.secret("LLM_API_KEY");
        if (url.isEmpty() && key.isEmpty()) {
            if (env.get("LLM_MODEL").isPresent()) {
                throw new ConfigException("LLM_MODEL is set but neither LLM_BASE_URL nor LLM_API_KEY is;"
                        + " set LLM_BASE_URL (e.g. http://localhost:11434/v1 for Ollama) or LLM_API_KEY for OpenAI");
            }
            return Optional.empty();
        }
        String model = env.get("LLM_MODEL").orElseThrow(() -> new ConfigException(
                "LLM_MODEL is required when LLM_BASE_URL or LLM_API_KEY is set (e.g. llama3.2 or gpt-4o-mini)"));
        return Optional.of(new LlmConfig(
                url.map(LlmConfig::parseUrl).orElse(OPENAI),
                key,
                model,
                Duration.ofSeconds(env.getInt("LLM_TIMEOUT_S", DEFAULT_TIMEOUT_S, 1, 300)),
                env.getInt("LLM_MAX_TOKENS", DEFAULT_MAX_TOKENS, 16, 32_000),
                Path.of(env.get("TUTOR_PROMPTS", "prompts"))));
    }

    private static URI parseUrl(String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new ConfigException("LLM_BASE_URL must be an http(s) URL such as http://localhost:11434/v1, got '"
                        + raw + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("LLM_BASE_URL is not a valid URL: '" + raw + "'");
        }
    }
}
