package dev.glossarytutor.config;

/**
 * Which Discord gateway shard this process is. Discord routes a server's events to shard
 * {@code (serverId >> 22) % total}; with {@code total > 1} each process logs in as one shard, and the
 * processes share one PostgreSQL database ({@code TUTOR_DATABASE_URL}).
 *
 * @param total   {@code DISCORD_SHARDS}: how many shards the bot runs as (default 1: no sharding)
 * @param current {@code DISCORD_SHARD_IDS}: the shard this process logs in as, 0 to {@code total - 1}
 *                (one per process; default 0)
 */
public record ShardConfig(int total, int current) {
    public static final ShardConfig NONE = new ShardConfig(1, 0);

    public ShardConfig {
        if (total < 1) {
            throw new ConfigException("DISCORD_SHARDS must be at least 1, got " + total);
        }
        if (current < 0 || current >= total) {
            throw new ConfigException("DISCORD_SHARD_IDS must be between 0 and DISCORD_SHARDS - 1 (" + (total - 1)
                    + "), got " + current);
        }
    }

    static ShardConfig from(Env env) {
        int total = env.getInt("DISCORD_SHARDS", 1, 1, 1_000);
        String ids = env.get("DISCORD_SHARD_IDS", "0");
        String[] parts = ids.split("[,\\s]+");
        if (parts.length != 1) {
            throw new ConfigException("DISCORD_SHARD_IDS names one shard per process for now (run one process per shard), got '"
                    + ids + "'");
        }
        try {
            return new ShardConfig(total, Integer.parseInt(parts[0]));
        } catch (NumberFormatException e) {
            throw new ConfigException("DISCORD_SHARD_IDS must be a shard number, got '" + ids + "'");
        }
    }

    public boolean sharded() {
        return total > 1;
    }

    /**
     * Whether this shard serves {@code serverId}: Discord's formula for a numeric id; anything else
     * (the console's server) belongs to shard 0.
     */
    public boolean owns(String serverId) {
        if (!sharded()) {
            return true;
        }
        long id;
        try {
            id = Long.parseLong(serverId);
        } catch (NumberFormatException e) {
            return current == 0;
        }
        return Long.remainderUnsigned(id >>> 22, total) == current;
    }
}
