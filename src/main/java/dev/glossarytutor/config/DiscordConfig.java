package dev.glossarytutor.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Settings of the Discord transport. Read from the environment; when {@code DISCORD_CONFIG_FILE}
 * names a properties file, its {@code NAME=value} lines fill in what the environment leaves
 * unset. The token is not here: it is a {@link Secret} in {@link Config}.
 *
 * @param helpChannels         channel ids where every message is treated as a question ({@code DISCORD_HELP_CHANNELS})
 * @param replyMode            how chat questions are answered ({@code DISCORD_REPLY_MODE}: reply or thread)
 * @param userPerMinute        questions one user may ask per minute ({@code DISCORD_RATE_USER_PER_MINUTE})
 * @param channelPerMinute     questions one channel may ask per minute ({@code DISCORD_RATE_CHANNEL_PER_MINUTE})
 * @param instructorRoleId     a role whose members may run instructor commands besides Manage Server ({@code DISCORD_INSTRUCTOR_ROLE})
 * @param globalCommands       register slash commands globally (the default: Discord shows only global commands in DMs)
 *                             rather than per server, which updates at once and suits development ({@code DISCORD_GLOBAL_COMMANDS=false})
 * @param chatMinConfidence    in help channels, answer unaddressed messages only at or above this confidence ({@code DISCORD_CHAT_MIN_CONFIDENCE}, percent)
 * @param totdRolePings        allow a term-of-the-day schedule to mention a role ({@code DISCORD_TOTD_ROLE_PINGS}); off by default,
 *                             and even when on, a schedule pings only after an instructor picks a role for it
 * @param shards               the gateway shard this process is ({@code DISCORD_SHARDS}, {@code DISCORD_SHARD_IDS})
 */
public record DiscordConfig(
        Set<Long> helpChannels,
        ReplyMode replyMode,
        int userPerMinute,
        int channelPerMinute,
        Optional<Long> instructorRoleId,
        boolean globalCommands,
        double chatMinConfidence,
        boolean totdRolePings,
        ShardConfig shards) {

    /** Every variable this record reads, for the README and the config file. */
    public static final List<String> VARIABLES = List.of(
            "DISCORD_HELP_CHANNELS", "DISCORD_REPLY_MODE", "DISCORD_RATE_USER_PER_MINUTE",
            "DISCORD_RATE_CHANNEL_PER_MINUTE", "DISCORD_INSTRUCTOR_ROLE", "DISCORD_GLOBAL_COMMANDS",
            "DISCORD_CHAT_MIN_CONFIDENCE", "DISCORD_TOTD_ROLE_PINGS", "DISCORD_SHARDS", "DISCORD_SHARD_IDS");

    /** How a chat question is answered. */
    public enum ReplyMode {
        /** A reply to the question's message. */
        REPLY,
        /** A reply inside a new thread on the question (in server text channels; elsewhere a reply). */
        THREAD
    }

    public DiscordConfig {
        helpChannels = Set.copyOf(helpChannels);
        if (userPerMinute < 1 || channelPerMinute < 1) {
            throw new ConfigException("rate limits must be at least 1 per minute");
        }
    }

    /** Defaults: no help channels, replies, 6 per user and 30 per channel a minute, global commands. */
    public static DiscordConfig defaults() {
        return from(new Env(Map.of()));
    }

    public static DiscordConfig from(Env env) {
        Env merged = withFile(env);
        return new DiscordConfig(
                ids(merged, "DISCORD_HELP_CHANNELS"),
                replyMode(merged),
                merged.getInt("DISCORD_RATE_USER_PER_MINUTE", 6, 1, 10_000),
                merged.getInt("DISCORD_RATE_CHANNEL_PER_MINUTE", 30, 1, 100_000),
                merged.get("DISCORD_INSTRUCTOR_ROLE").map(v -> id("DISCORD_INSTRUCTOR_ROLE", v)),
                merged.getBoolean("DISCORD_GLOBAL_COMMANDS", true),
                merged.getInt("DISCORD_CHAT_MIN_CONFIDENCE", 60, 0, 100) / 100.0,
                merged.getBoolean("DISCORD_TOTD_ROLE_PINGS", false),
                ShardConfig.from(merged));
    }

    private static Env withFile(Env env) {
        Optional<String> file = env.get("DISCORD_CONFIG_FILE");
        if (file.isEmpty()) {
            return env;
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file.get()), StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new ConfigException("DISCORD_CONFIG_FILE names a file that cannot be read: " + file.get());
        }
        Map<String, String> values = new HashMap<>();
        for (String name : props.stringPropertyNames()) {
            if (!VARIABLES.contains(name)) {
                throw new ConfigException("DISCORD_CONFIG_FILE " + file.get() + " sets unknown variable " + name
                        + "; known: " + String.join(", ", VARIABLES));
            }
            values.put(name, props.getProperty(name));
        }
        for (String name : VARIABLES) {
            env.get(name).ifPresent(v -> values.put(name, v));
        }
        return new Env(values);
    }

    private static Set<Long> ids(Env env, String name) {
        Set<Long> ids = new LinkedHashSet<>();
        env.get(name).ifPresent(raw -> {
            for (String part : raw.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(id(name, part));
                }
            }
        });
        return ids;
    }

    private static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must hold Discord ids (numbers, comma-separated), got '" + value + "'");
        }
    }

    private static ReplyMode replyMode(Env env) {
        String raw = env.get("DISCORD_REPLY_MODE", "reply");
        try {
            return ReplyMode.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("DISCORD_REPLY_MODE must be reply or thread, got '" + raw + "'");
        }
    }
}
