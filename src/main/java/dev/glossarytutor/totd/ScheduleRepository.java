package dev.glossarytutor.totd;

import java.util.List;
import java.util.Optional;

/** The term-of-the-day schedule of each server, one per server. */
public interface ScheduleRepository {

    Optional<Schedule> find(String serverId);

    /** Every schedule that is switched on, by server id, for the scheduler's tick. */
    List<Schedule> enabled();

    /** Inserts the schedule, or replaces the server's. */
    void save(Schedule schedule);
}
