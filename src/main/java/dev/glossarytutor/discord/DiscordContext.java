package dev.glossarytutor.discord;

import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.ratelimit.Throttle;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.javacord.api.DiscordApi;

/**
 * What every {@link DiscordFeature} may use, built once by {@link DiscordBot} after login. The
 * services come from {@code app.Wiring}; the rest is the transport's own plumbing.
 *
 * @param api          the logged-in connection (channel look-ups)
 * @param services     the core and feature services
 * @param layout       Discord's formatting of answers
 * @param throttle     the one question budget per user and channel, shared by chat and commands
 * @param responder    replies to interactions, deferring slow ones, on the engine thread
 * @param llmResponder the same on the LLM's own thread, so a slow model never blocks answers
 * @param gate         who counts as an instructor
 * @param engine       the thread that answers chat messages
 * @param help         the whole {@code /help} text, built from every registered feature
 */
public record DiscordContext(
        DiscordApi api,
        DiscordConfig config,
        DiscordServices services,
        DiscordLayout layout,
        Throttle throttle,
        Responder responder,
        Responder llmResponder,
        InstructorGate gate,
        Executor engine,
        Supplier<String> help) {

    public DiscordContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(responder, "responder");
        Objects.requireNonNull(llmResponder, "llmResponder");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(help, "help");
    }
}
