package dev.glossarytutor.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.config.Secret;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Objects;

/**
 * Talks to any server that speaks the OpenAI chat-completions protocol (OpenAI, Ollama, vLLM,
 * llama.cpp, LM Studio) through LangChain4j. The prompt is sent as one user message.
 */
final class OpenAiRephraser implements Rephraser {
    /** One retry at most, so a failing service costs at most two calls and stays within the deadline. */
    static final int MAX_RETRIES = 1;

    private final ChatModel chat;
    private final String model;

    OpenAiRephraser(LlmConfig config) {
        Objects.requireNonNull(config, "config");
        this.model = config.model();
        this.chat = OpenAiChatModel.builder()
                .baseUrl(config.baseUrl().toString())
                // no key, no Authorization header: local servers such as Ollama need none
                .apiKey(config.apiKey().map(Secret::reveal).orElse(null))
                .modelName(config.model())
                .maxTokens(config.maxTokens())
                .timeout(config.timeout())
                .maxRetries(MAX_RETRIES)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String rephrase(String prompt) {
        ChatResponse response;
        try {
            response = chat.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build());
        } catch (RuntimeException e) {
            throw classify(e);
        }
        if (response == null || response.aiMessage() == null) {
            throw new RephraseException(RephraseException.Reason.MALFORMED, "the reply holds no message");
        }
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            throw new RephraseException(RephraseException.Reason.REFUSAL, "the provider's content filter stopped the reply");
        }
        // empty content arrives as null; the output guard rejects it as empty
        String text = response.aiMessage().text();
        return text == null ? "" : text;
    }

    /** Maps the client library's exceptions to the few reasons the explainer distinguishes. */
    static RephraseException classify(RuntimeException e) {
        if (e instanceof RephraseException r) {
            return r;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    && !(t instanceof HttpConnectTimeoutException)) {
                return new RephraseException(RephraseException.Reason.TIMEOUT, "no answer in time", e);
            }
            if (t instanceof ContentFilteredException) {
                return new RephraseException(RephraseException.Reason.REFUSAL, "the provider's content filter refused", e);
            }
            if (t instanceof HttpException h) {
                return new RephraseException(RephraseException.Reason.HTTP_ERROR, "HTTP " + h.statusCode(), e);
            }
            if (t instanceof JsonProcessingException) {
                return new RephraseException(RephraseException.Reason.MALFORMED, "the reply is not valid JSON", e);
            }
            if (t instanceof java.io.IOException) {
                return new RephraseException(RephraseException.Reason.HTTP_ERROR, "cannot reach the service: "
                        + t.getClass().getSimpleName(), e);
            }
        }
        return new RephraseException(RephraseException.Reason.FAILED, e.getClass().getSimpleName(), e);
    }
}
