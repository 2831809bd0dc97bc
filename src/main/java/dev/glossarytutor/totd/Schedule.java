package dev.glossarytutor.totd;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When and where a server's term of the day is posted.
 *
 * @param serverId    the server (or {@link ServedServers#CONSOLE_SERVER})
 * @param channel     where to post; nothing is posted until one is set
 * @param time        local wall-clock time of the post
 * @param zone        IANA time zone the time is read in, so the post keeps its local time across DST
 * @param days        days of the week that get a post; never empty
 * @param enabled     false while paused
 * @param mentionRole a role to mention with the post (used by the Discord transport); empty by default
 * @param activeSince when the schedule was last set or resumed: a slot that had already passed then is
 *                    not caught up, so changing the time to one earlier today does not post at once
 */
public record Schedule(
        String serverId,
        Optional<String> channel,
        LocalTime time,
        ZoneId zone,
        Set<DayOfWeek> days,
        boolean enabled,
        Optional<String> mentionRole,
        Instant activeSince) {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    public Schedule {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(mentionRole, "mentionRole");
        Objects.requireNonNull(activeSince, "activeSince");
        if (serverId.isBlank()) {
            throw new IllegalArgumentException("serverId must not be blank");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        channel = channel.filter(c -> !c.isBlank());
        mentionRole = mentionRole.filter(r -> !r.isBlank());
    }

    /**
     * The schedule a server has before an instructor sets one: every day at 09:00 in {@code zone},
     * switched on. The console needs no channel, so its schedule posts "to the console".
     */
    public static Schedule defaults(String serverId, ZoneId zone) {
        Optional<String> channel = ServedServers.CONSOLE_SERVER.equals(serverId) ? Optional.of("console") : Optional.empty();
        return new Schedule(serverId, channel, DEFAULT_TIME, zone, EnumSet.allOf(DayOfWeek.class), true,
                Optional.empty(), Instant.EPOCH);
    }

    /** True when {@code date} is one of the schedule's days. */
    public boolean postsOn(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /**
     * The moment of the post on {@code date}. A time inside a DST gap moves forward by the gap
     * (02:30 becomes 03:30), and in an overlap the earlier instant wins, so every day has one slot.
     */
    public ZonedDateTime slotOn(LocalDate date) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** The local date at {@code instant} in the schedule's zone. */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** True when the slot on {@code date} counts: a scheduled day whose slot is not older than the schedule. */
    public boolean hasSlotOn(LocalDate date) {
        return postsOn(date) && !slotOn(date).toInstant().isBefore(activeSince);
    }

    public Schedule withChannel(String newChannel, Instant now) {
        return new Schedule(serverId, Optional.ofNullable(newChannel), time, zone, days, enabled, mentionRole, now);
    }

    public Schedule withTime(LocalTime newTime, Instant now) {
        return new Schedule(serverId, channel, newTime, zone, days, enabled, mentionRole, now);
    }

    public Schedule withZone(ZoneId newZone, Instant now) {
        return new Schedule(serverId, channel, time, newZone, days, enabled, mentionRole, now);
    }

    public Schedule withDays(Set<DayOfWeek> newDays, Instant now) {
        return new Schedule(serverId, channel, time, zone, newDays, enabled, mentionRole, now);
    }

    public Schedule withEnabled(boolean on, Instant now) {
        return new Schedule(serverId, channel, time, zone, days, on, mentionRole, on ? now : activeSince);
    }

    public Schedule withMentionRole(String role) {
        return new Schedule(serverId, channel, time, zone, days, enabled, Optional.ofNullable(role), activeSince);
    }
}
