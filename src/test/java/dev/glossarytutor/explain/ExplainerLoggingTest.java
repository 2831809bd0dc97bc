package dev.glossarytutor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.testing.FakeTicker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * A failed LLM call logs one line at WARN, without a stack trace, under the shipped logback.xml
 * (the tests run with it): LangChain4j's retry warnings with their traces are kept out.
 */
class ExplainerLoggingTest {
    private FakeOpenAiServer server;
    private Explainer explainer;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void setUp() throws Exception {
        server = FakeOpenAiServer.start();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(logs);
        if (explainer != null) {
            explainer.close();
        }
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 200})
    void explain_should_log_one_line_without_a_stack_trace_when_the_llm_fails_or_replies_garbage(int status) {
        // GIVEN a server that answers 500, or 200 with a body that is not a chat completion
        server.reply(FakeOpenAiServer.status(status, status == 200 ? "{\"id\": \"chatcmpl-1\", \"choices\": [ {"
                : "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"));
        LlmConfig config = new LlmConfig(server.baseUrl(), Optional.empty(), "test-model", Duration.ofSeconds(10), 200,
                Path.of("prompts"));
        explainer = Explainer.builder(TestTutor.get()::define).rephraser(new OpenAiRephraser(config))
                .templates(config.promptsDir()).deadline(config.timeout()).ticker(new FakeTicker()).build();

        // WHEN a student asks for another explanation
        Explanation e = explainer.explain(new ExplainRequest("Overfitting", Style.SIMPLER, LanguageTag.ENGLISH, "u"));

        // THEN the quote stands alone, and the log holds one line about it, with no stack trace
        assertThat(e.outcome()).isEqualTo(Explanation.Outcome.UNAVAILABLE);
        List<ILoggingEvent> warnings = logs.list.stream().filter(ev -> ev.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertThat(warnings).singleElement().satisfies(ev -> {
            assertThat(ev.getLoggerName()).isEqualTo(Explainer.class.getName());
            assertThat(ev.getFormattedMessage()).contains("No rephrasing of 'Overfitting'", " ms ", "at most 1 retry")
                    .doesNotContain("\n");
            assertThat(ev.getThrowableProxy()).isNull();
        });
        assertThat(logs.list).noneMatch(ev -> ev.getLoggerName().startsWith("dev.langchain4j")
                && ev.getLevel().isGreaterOrEqual(Level.INFO));
    }
}
