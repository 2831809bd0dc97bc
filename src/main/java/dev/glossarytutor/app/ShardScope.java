package dev.glossarytutor.app;

import dev.glossarytutor.config.ShardConfig;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.ScheduleRepository;
import java.util.List;
import java.util.Optional;

/**
 * Narrows the reads that span every server to the servers of this process's Discord shard, so that
 * two shards on one database neither post each other's terms of the day nor close each other's open
 * quiz messages at start-up. Without sharding (the default) nothing is filtered.
 */
final class ShardScope {
    private volatile ShardConfig shards = ShardConfig.NONE;

    void set(ShardConfig shards) {
        this.shards = shards;
    }

    ShardConfig shards() {
        return shards;
    }

    /** The schedules; {@code enabled()}, which the scheduler ticks over, lists only this shard's servers. */
    ScheduleRepository schedules(ScheduleRepository all) {
        return new ScheduleRepository() {
            @Override
            public Optional<Schedule> find(String serverId) {
                return all.find(serverId);
            }

            @Override
            public List<Schedule> enabled() {
                ShardConfig mine = shards;
                return all.enabled().stream().filter(s -> mine.owns(s.serverId())).toList();
            }

            @Override
            public void save(Schedule schedule) {
                all.save(schedule);
            }
        };
    }

    /** The open quiz messages; {@code all()}, which start-up closes, lists only this shard's servers. */
    OpenQuizRepository openQuizzes(OpenQuizRepository all) {
        return new OpenQuizRepository() {
            @Override
            public void open(OpenMessage message) {
                all.open(message);
            }

            @Override
            public void closed(String messageId) {
                all.closed(messageId);
            }

            @Override
            public List<OpenMessage> all() {
                ShardConfig mine = shards;
                return all.all().stream().filter(m -> mine.owns(m.serverId())).toList();
            }
        };
    }
}
