package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.quiz.QuizLayout;
import dev.glossarytutor.discord.totd.TotdLayout;
import dev.glossarytutor.totd.TotdPoster;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord transport: logs in, registers the commands, attaches the listeners, and
 * on {@link #close()} disconnects and stops its executor. Connection settings (proxy, trust
 * store) are the JVM's own; nothing here overrides them.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** Interactions must be answered within 3 s; defer when the engine has not answered by then. */
    private static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    static final String MESSAGE_CONTENT_HINT = "The MESSAGE_CONTENT intent is not granted, so the bot only reads "
            + "messages that mention it or arrive by DM; slash commands work. To enable it: Discord Developer Portal "
            + "> your application > Bot > Privileged Gateway Intents > turn on MESSAGE CONTENT INTENT, then restart.";

    private final DiscordApi api;
    private final BotThreads threads;
    private final DiscordServices services;
    private final QuizPublisher quizPublisher;
    private final TotdPoster totdPoster;
    /** False from a lost gateway connection until Javacord reconnects or resumes it. */
    private volatile boolean connected = true;

    private DiscordBot(DiscordApi api, BotThreads threads, DiscordServices services, QuizPublisher quizPublisher,
                       TotdPoster totdPoster) {
        this.api = api;
        this.threads = threads;
        this.services = services;
        this.quizPublisher = quizPublisher;
        this.totdPoster = totdPoster;
    }

    /** Connects and starts answering. Throws {@link DiscordLoginException} when Discord refuses. */
    public static DiscordBot start(DiscordConfig config, Secret token, DiscordServices services) {
        return start(config, token, services, UnaryOperator.identity());
    }

    /** Tests point the connection at a fake Discord through {@code connection} (a proxy selector); main code never does. */
    static DiscordBot start(DiscordConfig config, Secret token, DiscordServices services,
                            UnaryOperator<DiscordApiBuilder> connection) {
        DiscordApi api = login(token, connection);
        BotThreads threads = new BotThreads();
        try {
            DiscordLayout layout = new DiscordLayout();
            Throttle throttle = new Throttle(config.userPerMinute(), config.channelPerMinute(), services.ticker());
            Responder responder = new Responder(threads.engine, threads.deadlines, DEFER_AFTER);
            InstructorGate gate = new InstructorGate(config.instructorRoleId());
            Tutor tutor = services.tutor();
            ExplainInteractions explain = new ExplainInteractions(services.explainer(), layout,
                    new Responder(threads.llm, threads.deadlines, DEFER_AFTER), throttle);
            InteractionHandler glossary = new InteractionHandler(tutor, layout, responder, throttle, gate,
                    services.glossaryAdmin(), (plans, answer) -> explain.withExplainButtons(plans, answer.quotes()));
            QuizLayout quizLayout = new QuizLayout(layout);
            QuizPublisher publisher = new QuizPublisher(quizLayout, api::getTextChannelById,
                    services.openQuizzes(), services.clock());
            services.quiz().addListener(publisher);
            InteractionRouter interactions = new InteractionRouter(glossary,
                    new QuizInteractions(services.quiz(), publisher, quizLayout, responder, gate),
                    new TotdInteractions(services.totdAdmin(), services.totd(), services.quickChecks(), tutor,
                            api::getServerTextChannelById, responder, gate, layout, config.totdRolePings()),
                    explain);
            ChatHandler chat = new ChatHandler(tutor, layout, throttle, config, new ChannelReplies(config.replyMode()),
                    threads.engine);
            long selfId = api.getYourself().getId();

            api.addSlashCommandCreateListener(e -> guarded(() -> interactions.onSlashCommand(e.getSlashCommandInteraction())));
            api.addAutocompleteCreateListener(e -> guarded(() -> interactions.onAutocomplete(e.getAutocompleteInteraction())));
            api.addButtonClickListener(e -> guarded(() -> interactions.onButton(e.getButtonInteraction())));
            api.addModalSubmitListener(e -> guarded(() -> interactions.onModal(e.getModalInteraction())));
            api.addMessageContextMenuCommandListener(e ->
                    guarded(() -> glossary.onMessageContextMenu(e.getMessageContextMenuInteraction())));
            api.addMessageCreateListener(e -> guarded(() -> chat.onMessage(e.getMessage(), selfId)));

            boolean explainOn = services.explainer().isConfigured();
            registerCommands(api, config, explainOn);
            if (!config.globalCommands()) {
                api.addServerJoinListener(e -> registerCommands(api, e.getServer(), explainOn));
            }
            publisher.closeInterrupted();
            log.info("Discord bot connected as {} in {} servers", api.getYourself().getDiscriminatedName(),
                    api.getServers().size());
            DiscordBot bot = new DiscordBot(api, threads, services, publisher,
                    new DiscordTotdPoster(api::getServerTextChannelById, new TotdLayout(layout), config.totdRolePings()));
            // quizzes live in the engine, not in the connection: a resume or reconnect carries them on
            api.addLostConnectionListener(e -> bot.connected = false);
            api.addReconnectListener(e -> bot.connected = true);
            api.addResumeListener(e -> bot.connected = true);
            return bot;
        } catch (RuntimeException e) {
            threads.close();
            api.disconnect();
            throw e;
        }
    }

    /** True while the gateway connection is up (for the heartbeat). */
    public boolean connected() {
        return connected;
    }

    /** Posts terms of the day to Discord channels; the term-of-the-day service uses it while the bot runs. */
    public TotdPoster totdPoster() {
        return totdPoster;
    }

    private static DiscordApi login(Secret token, UnaryOperator<DiscordApiBuilder> connection) {
        try {
            return connection.apply(builder(token)).addIntents(Intent.MESSAGE_CONTENT).login().join();
        } catch (CompletionException first) {
            // Discord closes the gateway (4014) when a privileged intent is not granted; try without it
            log.debug("Login with MESSAGE_CONTENT failed", first);
        }
        try {
            DiscordApi api = connection.apply(builder(token)).login().join();
            log.warn(MESSAGE_CONTENT_HINT);
            return api;
        } catch (CompletionException e) {
            throw new DiscordLoginException("Could not connect to Discord. Check DISCORD_TOKEN and the network. ("
                    + e.getCause().getClass().getSimpleName() + ")", e.getCause());
        }
    }

    private static DiscordApiBuilder builder(Secret token) {
        return new DiscordApiBuilder()
                .setToken(token.reveal())
                .setIntents(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES)
                .setShutdownHookRegistrationEnabled(false);
    }

    private static void registerCommands(DiscordApi api, DiscordConfig config, boolean explain) {
        if (config.globalCommands()) {
            api.bulkOverwriteGlobalApplicationCommands(CommandCatalog.all(explain))
                    .thenAccept(done -> log.info("Registered {} global commands", done.size()))
                    .exceptionally(e -> logged("Registering global commands failed", e));
        } else {
            api.getServers().forEach(server -> registerCommands(api, server, explain));
        }
    }

    private static void registerCommands(DiscordApi api, Server server, boolean explain) {
        api.bulkOverwriteServerApplicationCommands(server, CommandCatalog.all(explain))
                .thenAccept(done -> log.info("Registered {} commands in server {}", done.size(), server.getId()))
                .exceptionally(e -> logged("Registering commands in server " + server.getId() + " failed", e));
    }

    private static void guarded(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            log.warn("A Discord event handler failed", e);
        }
    }

    private static Void logged(String what, Throwable e) {
        log.warn(what, e);
        return null;
    }

    /** Disconnects from the gateway and stops the bot's threads. Safe to call twice. */
    @Override
    public void close() {
        services.quiz().removeListener(quizPublisher);
        threads.close();
        try {
            api.disconnect().get(10, TimeUnit.SECONDS);
            log.info("Disconnected from Discord");
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Javacord 3.8 race: when the gateway acknowledges the close at once, its thread pool is shut
            // down before disconnect() schedules its one-minute fallback, which is then rejected
            log.info("Disconnected from Discord");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Disconnecting from Discord did not finish cleanly: {}", e.toString());
        }
    }
}
