package dev.glossarytutor.app;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.ExplainCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.llm.Explainer;
import dev.glossarytutor.llm.ExplanationText;
import dev.glossarytutor.render.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the object graph by hand, once, in dependency order. Nothing else constructs services,
 * so this file is the map of the application.
 */
final class Wiring implements AutoCloseable {
    private final Config config;
    private final Glossary glossary;
    private final Tutor tutor;
    private final TextRenderer renderer = new TextRenderer();
    private final Explainer explainer;
    private final ExplanationText explanationText = new ExplanationText(renderer);

    private Wiring(Config config, Glossary glossary, Optional<LlmConfig> llm) {
        this.config = config;
        this.glossary = glossary;
        this.tutor = new Tutor(glossary);
        this.explainer = Explainer.create(tutor, llm);
    }

    /** Loads the glossary and builds the answer engine; the optional LLM is read from the environment. */
    static Wiring start(Config config) throws GlossaryException {
        return start(config, LlmConfig.from(Env.system()));
    }

    /** Like {@link #start(Config)} with the LLM settings given (empty: no LLM). */
    static Wiring start(Config config, Optional<LlmConfig> llm) throws GlossaryException {
        return new Wiring(config, GlossaryLoader.load(config.glossaryPath()), llm);
    }

    Config config() {
        return config;
    }

    Tutor tutor() {
        return tutor;
    }

    TextRenderer renderer() {
        return renderer;
    }

    /** Explain-differently; Discord registers /explain and its button only when {@code isConfigured()}. */
    Explainer explainer() {
        return explainer;
    }

    ExplanationText explanationText() {
        return explanationText;
    }

    /**
     * Reloads the glossary and what derives from it (the prompt templates too). Nothing changes
     * unless everything loads: a broken glossary or template is thrown and the running ones stay.
     */
    void reload() throws GlossaryException {
        Glossary next = GlossaryLoader.load(config.glossaryPath());
        explainer.reload();
        tutor.reload(next);
    }

    Repl repl() {
        List<ConsoleCommand> commands = new ArrayList<>();
        // always offered: without an LLM it quotes and says that rephrasing is not configured
        commands.add(new ExplainCommand(explainer, explanationText));
        return new Repl(tutor, renderer, commands);
    }

    @Override
    public void close() {
        // services with resources (store, schedulers, Discord) close here in reverse order of creation
        explainer.close();
    }
}
