package dev.glossarytutor.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.render.DiscordLayout;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final ExecutorService engine;

    private DiscordBot(DiscordApi api, ExecutorService engine) {
        this.api = api;
        this.engine = engine;
    }

    /** Connects and starts answering. Throws {@link DiscordLoginException} when Discord refuses. */
    public static DiscordBot start(DiscordConfig config, Secret token, Tutor tutor, GlossaryAdmin admin) {
        return start(config, token, tutor, admin, UnaryOperator.identity());
    }

    /** Tests point the connection at a fake Discord through {@code connection} (a proxy selector); main code never does. */
    static DiscordBot start(DiscordConfig config, Secret token, Tutor tutor, GlossaryAdmin admin,
                            UnaryOperator<DiscordApiBuilder> connection) {
        DiscordApi api = login(token, connection);
        ExecutorService engine = Executors.newFixedThreadPool(2, daemonThreads());
        try {
            DiscordLayout layout = new DiscordLayout();
            Throttle throttle = new Throttle(config.userPerMinute(), config.channelPerMinute(), Ticker.systemTicker());
            InteractionHandler interactions = new InteractionHandler(tutor, layout,
                    new Responder(engine, DEFER_AFTER), throttle, new InstructorGate(config.instructorRoleId()), admin);
            ChatHandler chat = new ChatHandler(tutor, layout, throttle, config, new ChannelReplies(config.replyMode()));
            long selfId = api.getYourself().getId();

            api.addSlashCommandCreateListener(e -> guarded(() -> interactions.onSlashCommand(e.getSlashCommandInteraction())));
            api.addAutocompleteCreateListener(e -> guarded(() -> interactions.onAutocomplete(e.getAutocompleteInteraction())));
            api.addButtonClickListener(e -> guarded(() -> interactions.onButton(e.getButtonInteraction())));
            api.addMessageContextMenuCommandListener(e ->
                    guarded(() -> interactions.onMessageContextMenu(e.getMessageContextMenuInteraction())));
            api.addMessageCreateListener(e -> guarded(() -> chat.onMessage(e.getMessage(), selfId)));

            registerCommands(api, config);
            if (!config.globalCommands()) {
                api.addServerJoinListener(e -> registerCommands(api, e.getServer()));
            }
            log.info("Discord bot connected as {} in {} servers", api.getYourself().getDiscriminatedName(),
                    api.getServers().size());
            return new DiscordBot(api, engine);
        } catch (RuntimeException e) {
            engine.shutdownNow();
            api.disconnect();
            throw e;
        }
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

    private static void registerCommands(DiscordApi api, DiscordConfig config) {
        if (config.globalCommands()) {
            api.bulkOverwriteGlobalApplicationCommands(CommandCatalog.all())
                    .thenAccept(done -> log.info("Registered {} global commands", done.size()))
                    .exceptionally(e -> logged("Registering global commands failed", e));
        } else {
            api.getServers().forEach(server -> registerCommands(api, server));
        }
    }

    private static void registerCommands(DiscordApi api, Server server) {
        api.bulkOverwriteServerApplicationCommands(server, CommandCatalog.all())
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "discord-engine-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Disconnects from the gateway and stops the engine executor. Safe to call twice. */
    @Override
    public void close() {
        engine.shutdownNow();
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
