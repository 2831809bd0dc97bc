package dev.glossarytutor.totd;

/** Delivers a term of the day to a schedule's channel: Discord, or the console that prints it. */
@FunctionalInterface
public interface TotdPoster {
    /**
     * Posts or throws; a throw leaves the day unposted, so the scheduler tries again later. Hence it
     * throws only when nothing was delivered: a post of several messages whose first went out has
     * been seen, and a retry would show the term twice, so later failures are logged instead.
     */
    void post(Schedule schedule, TotdPost post) throws Exception;
}
