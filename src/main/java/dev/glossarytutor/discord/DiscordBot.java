package dev.glossarytutor.discord;

import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.config.ShardConfig;
import dev.glossarytutor.ratelimit.Throttle;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.totd.TotdLayout;
import dev.glossarytutor.totd.TotdPoster;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.server.Server;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord transport: logs in, builds the registered {@link DiscordFeature}s on one
 * {@link DiscordContext}, registers their commands, attaches the listeners that route events to them,
 * and on {@link #close()} closes them, disconnects and stops its executor. It knows no feature by name. Connection settings (proxy, trust
 * store) are the JVM's own; nothing here overrides them.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** Interactions must be answered within 3 s; defer when the engine has not answered by then. */
    private static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    static final String MESSAGE_CONTENT_HINT = "The MESSAGE_CONTENT intent is not granted, so the bot only reads "
            + "messages that mention it or arrive by DM; slash commands work. To enable it: Discord Developer Portal "
            + "> your application > Bot > Privileged Gateway Intents > turn on MESSAGE CONTENT INTENT, then restart.";

    static final String HELP_CHANNELS_HINT = "DISCORD_HELP_CHANNELS names {} channel(s), but without the "
            + "MESSAGE_CONTENT intent Discord sends the bot no text from them: questions there go unanswered unless "
            + "they mention the bot. Turn the intent on (see above) or tell students to mention the bot.";

    private final DiscordApi api;
    private final BotThreads threads;
    private final InteractionRouter router;
    private final TotdPoster totdPoster;
    /** False from a lost gateway connection until Javacord reconnects or resumes it. */
    private volatile boolean connected = true;

    private DiscordBot(DiscordApi api, BotThreads threads, InteractionRouter router, TotdPoster totdPoster) {
        this.api = api;
        this.threads = threads;
        this.router = router;
        this.totdPoster = totdPoster;
    }

    /**
     * Connects and starts answering with {@code features} (in {@code /help} order, usually
     * {@link DiscordFeatures#standard()}). Throws {@link DiscordLoginException} when Discord refuses.
     */
    public static DiscordBot start(DiscordConfig config, Secret token, DiscordServices services,
                                   List<DiscordFeature.Factory> features) {
        return start(config, token, services, features, ProxySelector.getDefault(), UnaryOperator.identity(),
                d -> Thread.sleep(d.toMillis()));
    }

    /** Tests point the connection at a fake Discord through {@code proxy}; main code never does. */
    static DiscordBot start(DiscordConfig config, Secret token, DiscordServices services,
                            List<DiscordFeature.Factory> features, ProxySelector proxy) {
        return start(config, token, services, features, proxy, b -> b.setProxySelector(proxy),
                d -> Thread.sleep(d.toMillis()));
    }

    static DiscordBot start(DiscordConfig config, Secret token, DiscordServices services,
                            List<DiscordFeature.Factory> features, ProxySelector proxy,
                            UnaryOperator<DiscordApiBuilder> connection, TokenCheck.Pause pause) {
        TokenCheck.check(token, proxy, pause); // Javacord retries a refused token for ever
        DiscordApi api = login(token, config.shards(), connection);
        if (!api.getIntents().contains(Intent.MESSAGE_CONTENT) && !config.helpChannels().isEmpty()) {
            log.warn(HELP_CHANNELS_HINT, config.helpChannels().size());
        }
        BotThreads threads = new BotThreads();
        try {
            DiscordLayout layout = new DiscordLayout();
            AtomicReference<String> help = new AtomicReference<>("");
            DiscordContext context = new DiscordContext(api, config, services, layout,
                    new Throttle(config.userPerMinute(), config.channelPerMinute(), services.ticker()),
                    new Responder(threads.engine, threads.deadlines, DEFER_AFTER),
                    new Responder(threads.llm, threads.deadlines, DEFER_AFTER),
                    new InstructorGate(config.instructorRoleId()), threads.engine, help::get);
            InteractionRouter router = new InteractionRouter(
                    features.stream().map(f -> f.create(context)).toList(), context.responder());
            help.set(HelpText.of(router.features()));
            long selfId = api.getYourself().getId();

            api.addSlashCommandCreateListener(e -> guarded(() -> router.onSlashCommand(e.getSlashCommandInteraction())));
            api.addAutocompleteCreateListener(e -> guarded(() -> router.onAutocomplete(e.getAutocompleteInteraction())));
            api.addButtonClickListener(e -> guarded(() -> router.onButton(e.getButtonInteraction())));
            api.addModalSubmitListener(e -> guarded(() -> router.onModal(e.getModalInteraction())));
            api.addMessageContextMenuCommandListener(e ->
                    guarded(() -> router.onMessageContextMenu(e.getMessageContextMenuInteraction())));
            api.addMessageCreateListener(e -> guarded(() -> router.onMessage(e.getMessage(), selfId)));

            Set<ApplicationCommandBuilder<?, ?, ?>> commands = CommandCatalog.of(router.features());
            registerCommands(api, config, commands);
            if (!config.globalCommands()) {
                api.addServerJoinListener(e -> registerCommands(api, e.getServer(), commands));
            }
            router.features().forEach(DiscordFeature::started);
            log.info("Discord bot connected as {} in {} servers", api.getYourself().getDiscriminatedName(),
                    api.getServers().size());
            DiscordBot bot = new DiscordBot(api, threads, router,
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

    private static DiscordApi login(Secret token, ShardConfig shards, UnaryOperator<DiscordApiBuilder> connection) {
        try {
            return connection.apply(builder(token, shards)).addIntents(Intent.MESSAGE_CONTENT).login().join();
        } catch (CompletionException first) {
            // Discord closes the gateway (4014) when a privileged intent is not granted; try without it
            log.debug("Login with MESSAGE_CONTENT failed", first);
        }
        try {
            DiscordApi api = connection.apply(builder(token, shards)).login().join();
            log.warn(MESSAGE_CONTENT_HINT);
            return api;
        } catch (CompletionException e) {
            throw new DiscordLoginException("Could not connect to Discord. Check DISCORD_TOKEN and the network. ("
                    + e.getCause().getClass().getSimpleName() + ")", e.getCause());
        }
    }

    private static DiscordApiBuilder builder(Secret token, ShardConfig shards) {
        DiscordApiBuilder builder = new DiscordApiBuilder()
                .setToken(token.reveal())
                .setIntents(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES)
                .setShutdownHookRegistrationEnabled(false);
        if (shards.sharded()) { // this process is one shard; the others run elsewhere on the same database
            log.info("Logging in as shard {} of {}", shards.current(), shards.total());
            builder.setTotalShards(shards.total()).setCurrentShard(shards.current());
        }
        return builder;
    }

    private static void registerCommands(DiscordApi api, DiscordConfig config,
                                         Set<ApplicationCommandBuilder<?, ?, ?>> commands) {
        if (config.globalCommands()) {
            api.bulkOverwriteGlobalApplicationCommands(commands)
                    .thenAccept(done -> log.info("Registered {} global commands", done.size()))
                    .exceptionally(e -> logged("Registering global commands failed", e));
            // per-server copies left by the development mode would show every command twice
            api.getServers().forEach(server -> api.bulkOverwriteServerApplicationCommands(server, Set.of()).thenAccept(none -> { })
                    .exceptionally(e -> logged("Clearing the commands of server " + server.getId() + " failed", e)));
        } else {
            api.getServers().forEach(server -> registerCommands(api, server, commands));
        }
    }

    private static void registerCommands(DiscordApi api, Server server,
                                         Set<ApplicationCommandBuilder<?, ?, ?>> commands) {
        api.bulkOverwriteServerApplicationCommands(server, commands)
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

    private static void closeQuietly(DiscordFeature feature) {
        try {
            feature.close();
        } catch (RuntimeException e) {
            log.warn("Closing {} failed", feature.getClass().getSimpleName(), e);
        }
    }

    private static Void logged(String what, Throwable e) {
        log.warn(what, e);
        return null;
    }

    /** Disconnects from the gateway and stops the bot's threads. Safe to call twice. */
    @Override
    public void close() {
        router.features().forEach(DiscordBot::closeQuietly);
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
