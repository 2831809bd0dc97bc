package dev.glossarytutor.app;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.discord.DiscordBot;
import dev.glossarytutor.discord.GlossaryAdmin;
import dev.glossarytutor.discord.LoaderGlossaryAdmin;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.render.TextRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the object graph by hand, once, in dependency order. Nothing else constructs services,
 * so this file is the map of the application.
 */
final class Wiring implements AutoCloseable {
    private final Config config;
    private final Glossary glossary;
    private final Tutor tutor;
    private final TextRenderer renderer = new TextRenderer();
    private DiscordBot discord;
    private boolean closed;

    private Wiring(Config config, Glossary glossary) {
        this.config = config;
        this.glossary = glossary;
        this.tutor = new Tutor(glossary);
    }

    /** Loads the glossary and builds the answer engine. */
    static Wiring start(Config config) throws GlossaryException {
        return new Wiring(config, GlossaryLoader.load(config.glossaryPath()));
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

    Repl repl() {
        List<ConsoleCommand> commands = new ArrayList<>();
        return new Repl(tutor, renderer, commands);
    }

    /**
     * Connects the Discord transport. Reload and gaps go through the {@link GlossaryAdmin} seam;
     * swap {@link LoaderGlossaryAdmin} for the reload and coverage-gap services when they land.
     */
    synchronized DiscordBot discord(Env env, Secret token) {
        if (discord == null) {
            GlossaryAdmin admin = new LoaderGlossaryAdmin(tutor, config.glossaryPath());
            discord = DiscordBot.start(DiscordConfig.from(env), token, tutor, admin);
        }
        return discord;
    }

    @Override
    public synchronized void close() {
        // services with resources (store, schedulers, Discord) close here in reverse order of creation
        if (closed) {
            return;
        }
        closed = true;
        if (discord != null) {
            discord.close();
        }
    }
}
