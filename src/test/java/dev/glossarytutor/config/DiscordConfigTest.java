package dev.glossarytutor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordConfigTest {

    @Test
    void from_emptyEnvironment_shouldUseDefaults() {
        DiscordConfig c = DiscordConfig.defaults();
        assertThat(c.helpChannels()).isEmpty();
        assertThat(c.replyMode()).isEqualTo(DiscordConfig.ReplyMode.REPLY);
        assertThat(c.userPerMinute()).isEqualTo(6);
        assertThat(c.channelPerMinute()).isEqualTo(30);
        assertThat(c.instructorRoleId()).isEmpty();
        assertThat(c.globalCommands()).isTrue();
    }

    @Test
    void from_fileAndEnvironment_shouldLetTheEnvironmentWin(@TempDir Path dir) throws Exception {
        // GIVEN a file and an environment that both set the reply mode
        Path file = dir.resolve("discord.properties");
        Files.writeString(file, "DISCORD_HELP_CHANNELS=11, 22\nDISCORD_REPLY_MODE=reply\nDISCORD_INSTRUCTOR_ROLE=33\n");

        // WHEN
        DiscordConfig c = DiscordConfig.from(new Env(Map.of("DISCORD_CONFIG_FILE", file.toString(),
                "DISCORD_REPLY_MODE", "thread")));

        // THEN
        assertThat(c.helpChannels()).isEqualTo(Set.of(11L, 22L));
        assertThat(c.replyMode()).isEqualTo(DiscordConfig.ReplyMode.THREAD);
        assertThat(c.instructorRoleId()).isEqualTo(Optional.of(33L));
    }

    @Test
    void from_badValues_shouldNameTheVariable(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> DiscordConfig.from(new Env(Map.of("DISCORD_HELP_CHANNELS", "general"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DISCORD_HELP_CHANNELS");
        assertThatThrownBy(() -> DiscordConfig.from(new Env(Map.of("DISCORD_REPLY_MODE", "shout"))))
                .hasMessageContaining("DISCORD_REPLY_MODE");
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "DISCORD_TOKEN=abc\n");
        assertThatThrownBy(() -> DiscordConfig.from(new Env(Map.of("DISCORD_CONFIG_FILE", file.toString()))))
                .hasMessageContaining("unknown variable DISCORD_TOKEN");
    }
}
