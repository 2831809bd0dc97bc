package dev.glossarytutor.quiz;

import java.util.Objects;
import java.util.Optional;

/**
 * Names a running quiz: a channel quiz by (server, channel), a personal quiz by (server, channel,
 * player). A personal quiz is private to its player, so it does not occupy the channel.
 */
public record QuizKey(String server, String channel, Optional<String> player) {
    public QuizKey {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(player, "player");
    }

    public static QuizKey channel(String server, String channel) {
        return new QuizKey(server, channel, Optional.empty());
    }

    public static QuizKey personal(String server, String channel, String player) {
        return new QuizKey(server, channel, Optional.of(player));
    }

    public boolean personal() {
        return player.isPresent();
    }
}
