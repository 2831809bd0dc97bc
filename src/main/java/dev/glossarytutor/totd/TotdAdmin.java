package dev.glossarytutor.totd;

import dev.glossarytutor.instructor.Actor;
import java.util.List;
import java.util.Optional;

/**
 * The instructor's term-of-the-day commands, the same for every transport: each checks that the
 * actor is an instructor and parses typed text (throwing {@link InvalidInputException} with a
 * message fit to show), then delegates to the service.
 */
public final class TotdAdmin {
    public static final int MAX_PREVIEW = 366;
    private static final String MANAGE = "change the term-of-the-day schedule";

    private final TermOfTheDayService service;

    public TotdAdmin(TermOfTheDayService service) {
        this.service = service;
    }

    public Schedule schedule(Actor actor, String serverId) {
        actor.requireInstructor("see the term-of-the-day schedule");
        return service.schedule(serverId);
    }

    public Schedule setChannel(Actor actor, String serverId, String channel) {
        actor.requireInstructor(MANAGE);
        String c = channel.strip();
        if (c.isEmpty()) {
            throw new InvalidInputException("Name the channel to post in.");
        }
        return service.updateSchedule(serverId, (s, now) -> s.withChannel(c, now));
    }

    public Schedule setTime(Actor actor, String serverId, String time) {
        actor.requireInstructor(MANAGE);
        var t = TotdInput.time(time);
        return service.updateSchedule(serverId, (s, now) -> s.withTime(t, now));
    }

    public Schedule setZone(Actor actor, String serverId, String zone) {
        actor.requireInstructor(MANAGE);
        var z = TotdInput.zone(zone);
        return service.updateSchedule(serverId, (s, now) -> s.withZone(z, now));
    }

    public Schedule setDays(Actor actor, String serverId, String days) {
        actor.requireInstructor(MANAGE);
        var d = TotdInput.days(days);
        return service.updateSchedule(serverId, (s, now) -> s.withDays(d, now));
    }

    public Schedule pause(Actor actor, String serverId) {
        actor.requireInstructor(MANAGE);
        return service.updateSchedule(serverId, (s, now) -> s.withEnabled(false, now));
    }

    public Schedule resume(Actor actor, String serverId) {
        actor.requireInstructor(MANAGE);
        return service.updateSchedule(serverId, (s, now) -> s.enabled() ? s : s.withEnabled(true, now));
    }

    public PostOutcome postNow(Actor actor, String serverId) {
        actor.requireInstructor("post the term of the day");
        return service.postNow(serverId);
    }

    public List<Upcoming> preview(Actor actor, String serverId, int count) {
        actor.requireInstructor("preview the term-of-the-day rotation");
        if (count < 1 || count > MAX_PREVIEW) {
            throw new InvalidInputException("Preview between 1 and " + MAX_PREVIEW + " days, not " + count + ".");
        }
        return service.upcoming(serverId, count);
    }

    /** Books a term for a date; returns the term as the glossary spells it. */
    public String queue(Actor actor, String serverId, String date, String term) {
        actor.requireInstructor(MANAGE);
        if (term.isBlank()) {
            throw new InvalidInputException("Name the term to queue.");
        }
        return service.queue(serverId, TotdInput.date(date, service.localDate(serverId)), term);
    }

    public boolean unqueue(Actor actor, String serverId, String date) {
        actor.requireInstructor(MANAGE);
        return service.unqueue(serverId, TotdInput.date(date, service.localDate(serverId)));
    }

    /** Skips {@code term} (or, if blank, the next term) for this cycle; returns the term skipped. */
    public String skip(Actor actor, String serverId, String term) {
        actor.requireInstructor(MANAGE);
        return service.skip(serverId, Optional.of(term.strip()).filter(t -> !t.isEmpty()));
    }

    /** One line describing a schedule, e.g. "every day at 09:00 (Europe/Berlin) in #general, on". */
    public static String describe(Schedule s) {
        return TotdInput.describe(s.days()) + " at " + s.time() + " (" + s.zone().getId() + ")"
                + s.channel().map(c -> " in " + c).orElse(", no channel set")
                + (s.enabled() ? ", on" : ", paused")
                + s.mentionRole().map(r -> ", mentioning " + r).orElse("");
    }
}
