package dev.glossarytutor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardConfigTest {
    /** A server id on shard 0 of 2: (id >> 22) % 2 == 0. */
    private static final long SERVER_ON_0 = 81384788765712384L;
    private static final long SERVER_ON_1 = SERVER_ON_0 + (1L << 22);

    @Test
    void from_should_run_unsharded_when_nothing_is_set() {
        // GIVEN no shard variables WHEN read THEN one shard that owns every server
        ShardConfig shards = DiscordConfig.from(new Env(Map.of())).shards();
        assertThat(shards).isEqualTo(ShardConfig.NONE);
        assertThat(shards.owns(String.valueOf(SERVER_ON_1))).isTrue();
        assertThat(shards.owns("console")).isTrue();
    }

    @Test
    void owns_should_follow_discords_shard_formula_when_sharded() {
        // GIVEN shard 1 of 2
        ShardConfig shards = DiscordConfig.from(new Env(Map.of("DISCORD_SHARDS", "2", "DISCORD_SHARD_IDS", "1"))).shards();
        // WHEN asked about servers THEN it owns those with (id >> 22) % 2 == 1, and not the console's
        assertThat(shards.owns(String.valueOf(SERVER_ON_1))).isTrue();
        assertThat(shards.owns(String.valueOf(SERVER_ON_0))).isFalse();
        assertThat(shards.owns("console")).isFalse();
        assertThat(new ShardConfig(2, 0).owns("console")).isTrue();
    }

    @Test
    void from_should_refuse_a_shard_outside_the_total_or_several_in_one_process() {
        assertThatThrownBy(() -> DiscordConfig.from(new Env(Map.of("DISCORD_SHARDS", "2", "DISCORD_SHARD_IDS", "2"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DISCORD_SHARD_IDS must be between 0 and");
        assertThatThrownBy(() -> DiscordConfig.from(new Env(Map.of("DISCORD_SHARDS", "2", "DISCORD_SHARD_IDS", "0,1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("one shard per process");
    }
}
