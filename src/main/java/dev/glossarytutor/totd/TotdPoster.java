package dev.glossarytutor.totd;

/** Delivers a term of the day to a schedule's channel: Discord, or the console that prints it. */
@FunctionalInterface
public interface TotdPoster {
    /** Posts or throws; a throw leaves the day unposted, so the scheduler tries again later. */
    void post(Schedule schedule, TotdPost post) throws Exception;
}
