package dev.glossarytutor.totd;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which term each server shows on which local date, and posts it once.
 *
 * <p>"Once" rests on a claim and the post log. Before posting, the process claims the (server, local
 * date) in the store ({@link TotdClaimRepository}): a row with this process as owner and a lease of
 * {@link #LEASE}. Only the claimant posts; then it marks the day done and writes the post log row, in
 * the same transaction as the rotation's advance. A date that is done or has a post row is never
 * posted again, by this process, another one sharing the store, or a new one after a restart. If the
 * claimant dies before posting, another process takes the day over once the lease has run out. A slot missed while the bot was down
 * is caught up later the same local day, never on a later day. All time comes from the injected clock.
 */
public final class TermOfTheDayService {
    private static final Logger log = LoggerFactory.getLogger(TermOfTheDayService.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(30);
    /** How long a claim on a day keeps other processes from posting it; longer than any post takes. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private final ScheduleRepository schedules;
    private final RotationRepository rotations;
    private final TotdClaimRepository claims;
    /** This process's name in claims; unique among the processes that share the store. */
    private final String owner;
    /** Each server's glossary: the course it uses, as loaded now. */
    private final Function<String, Glossary> glossaries;
    private final QuickCheckSource quickChecks;
    private final TotdPoster poster;
    private final Clock clock;
    private final LongSupplier seeds;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();
    /** Dates this process has posted, so a failed log write cannot lead to a second post from here. */
    private final Map<String, LocalDate> postedHere = new ConcurrentHashMap<>();

    private record Retry(int failures, Instant notBefore) {
    }

    /** A term chosen for a date and the rotation as it will be once that term is shown. */
    private record Plan(Entry entry, boolean queued, RotationState after) {
    }

    /** The glossary {@code serverId}'s terms of the day are drawn from, as loaded now. */
    public Glossary glossary(String serverId) {
        return glossaries.apply(serverId);
    }

    /** A service alone on its store: claims are kept in this process. */
    public TermOfTheDayService(ScheduleRepository schedules, RotationRepository rotations, Supplier<Glossary> glossary,
            QuickCheckSource quickChecks, TotdPoster poster, Clock clock, LongSupplier seeds) {
        this(schedules, rotations, new InProcessClaims(), "this-process", glossary, quickChecks, poster, clock, seeds);
    }

    /**
     * @param claims who posts which day, shared by every process on the store
     * @param owner  this process's name in {@code claims}, unique among those processes
     */
    public TermOfTheDayService(ScheduleRepository schedules, RotationRepository rotations, TotdClaimRepository claims,
            String owner, Supplier<Glossary> glossary, QuickCheckSource quickChecks, TotdPoster poster, Clock clock,
            LongSupplier seeds) {
        this(schedules, rotations, claims, owner, server -> glossary.get(), quickChecks, poster, clock, seeds);
    }

    /**
     * As above, each server drawing from its own course's glossary.
     *
     * @param glossaries a server's glossary as loaded now (see {@code answer.Courses#forServer})
     */
    public TermOfTheDayService(ScheduleRepository schedules, RotationRepository rotations, TotdClaimRepository claims,
            String owner, Function<String, Glossary> glossaries, QuickCheckSource quickChecks, TotdPoster poster,
            Clock clock, LongSupplier seeds) {
        this.schedules = schedules;
        this.rotations = rotations;
        this.claims = claims;
        this.owner = owner;
        this.glossaries = glossaries;
        this.quickChecks = quickChecks;
        this.poster = poster;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** The server's schedule, or the default one (every day, 09:00, the clock's zone) if none was set. */
    public Schedule schedule(String serverId) {
        return schedules.find(serverId).orElseGet(() -> Schedule.defaults(serverId, clock.getZone()));
    }

    /** The server's local date now, in its schedule's zone. */
    public LocalDate localDate(String serverId) {
        return schedule(serverId).dateAt(clock.instant());
    }

    /** Changes and stores the server's schedule; {@code change} gets the current one and the time now. */
    public Schedule updateSchedule(String serverId, java.util.function.BiFunction<Schedule, Instant, Schedule> change) {
        return locked(serverId, () -> {
            Schedule next = change.apply(schedule(serverId), clock.instant());
            schedules.save(next);
            retries.remove(serverId);
            return next;
        });
    }

    /**
     * Posts for every switched-on schedule of a server in {@code served} whose slot today has come and
     * that has no post today. The console's default schedule counts too when none was saved, as
     * {@code totd schedule} reports it as on. One server's failure is logged and retried later (with
     * back-off); it never stops the others.
     *
     * @return how many posts went out
     */
    public int postDue(ServedServers served) {
        int posted = 0;
        for (String serverId : candidates(served)) {
            try {
                if (postIfDue(serverId)) {
                    posted++;
                }
            } catch (RuntimeException e) {
                log.error("Term of the day for server {} failed; will retry", serverId, e);
            }
        }
        return posted;
    }

    /** Servers that may be due: those with a saved, switched-on schedule, and the console on its default one. */
    private Set<String> candidates(ServedServers served) {
        Set<String> out = new LinkedHashSet<>();
        schedules.enabled().stream().map(Schedule::serverId).filter(served::serves).forEach(out::add);
        if (served.serves(ServedServers.CONSOLE_SERVER) && schedules.find(ServedServers.CONSOLE_SERVER).isEmpty()) {
            out.add(ServedServers.CONSOLE_SERVER);
        }
        return out;
    }

    /**
     * The schedule is read again under the server's lock: the list of candidates is a snapshot, and a
     * pause or change saved since then (while the tick served another server) must win.
     */
    private boolean postIfDue(String serverId) {
        return locked(serverId, () -> {
            Schedule s = schedule(serverId);
            Instant now = clock.instant();
            LocalDate today = s.dateAt(now);
            if (!s.enabled() || s.channel().isEmpty() || !s.hasSlotOn(today) || now.isBefore(s.slotOn(today).toInstant())) {
                return false;
            }
            Retry retry = retries.get(serverId);
            if (retry != null && now.isBefore(retry.notBefore())) {
                return false;
            }
            return post(s, today).posted();
        });
    }

    /** Posts today's term at once, whatever the time and days, unless today already has a post. */
    public PostOutcome postNow(String serverId) {
        return locked(serverId, () -> {
            Schedule s = schedule(serverId);
            if (s.channel().isEmpty()) {
                return new PostOutcome(PostOutcome.Status.NO_CHANNEL, Optional.empty(),
                        "No channel is set for the term of the day; set one first.");
            }
            return post(s, s.dateAt(clock.instant()));
        });
    }

    /** Posts {@code s}'s term for {@code date}; callers read {@code s} under the same (reentrant) lock. */
    private PostOutcome post(Schedule s, LocalDate date) {
        return locked(s.serverId(), () -> {
            Optional<PostedTerm> already = rotations.postOn(s.serverId(), date);
            if (already.isEmpty() && date.equals(postedHere.get(s.serverId()))) {
                return new PostOutcome(PostOutcome.Status.ALREADY_POSTED, Optional.empty(),
                        "Today's term was already posted.");
            }
            if (already.isPresent()) {
                return new PostOutcome(PostOutcome.Status.ALREADY_POSTED, already,
                        "Today's term (" + already.get().term() + ") was already posted.");
            }
            Instant now = clock.instant();
            TotdClaimRepository.Claim claim = claims.claim(s.serverId(), date, owner, now, now.plus(LEASE));
            if (claim != TotdClaimRepository.Claim.CLAIMED) {
                log.debug("Term of the day for server {} on {}: {}", s.serverId(), date, claim);
                return new PostOutcome(PostOutcome.Status.ALREADY_POSTED, Optional.empty(),
                        claim == TotdClaimRepository.Claim.DONE ? "Today's term was already posted."
                                : "Another process of the tutor is posting today's term.");
            }
            // a claimant that died after writing the log but before marking the day done
            already = rotations.postOn(s.serverId(), date);
            if (already.isPresent()) {
                claims.markDone(s.serverId(), date, owner);
                return new PostOutcome(PostOutcome.Status.ALREADY_POSTED, already,
                        "Today's term (" + already.get().term() + ") was already posted.");
            }
            Optional<Plan> plan = plan(s.serverId(), date, rotations.loadOrCreate(s.serverId(), seeds),
                    rotations.queued(s.serverId()));
            if (plan.isEmpty()) {
                claims.release(s.serverId(), date, owner);
                return new PostOutcome(PostOutcome.Status.FAILED, Optional.empty(), "The glossary has no terms.");
            }
            TotdPost content = content(s.serverId(), date, plan.get().entry());
            try {
                poster.post(s, content);
            } catch (Exception e) {
                claims.release(s.serverId(), date, owner);
                Retry retry = failed(s.serverId());
                log.warn("Posting the term of the day to {} of server {} failed ({} in a row), next try after {}: {}",
                        s.channel().orElse("?"), s.serverId(), retry.failures(), retry.notBefore(), e.toString());
                return new PostOutcome(PostOutcome.Status.FAILED, Optional.empty(),
                        "Posting failed: " + e.getMessage() + ". It will be retried.");
            }
            retries.remove(s.serverId());
            postedHere.put(s.serverId(), date);
            if (!claims.markDone(s.serverId(), date, owner)) {
                log.warn("The claim on server {}'s term of the day for {} ran out while posting", s.serverId(), date);
            }
            PostedTerm record = new PostedTerm(s.serverId(), date, content.term(), s.channel().orElse(""), clock.instant());
            if (!rotations.recordPost(record, plan.get().after())) {
                log.warn("A post for server {} on {} was recorded by someone else meanwhile", s.serverId(), date);
            }
            log.info("Posted term of the day '{}' for server {} on {}", record.term(), s.serverId(), date);
            return new PostOutcome(PostOutcome.Status.POSTED, Optional.of(record), "Posted " + record.term() + ".");
        });
    }

    private Retry failed(String serverId) {
        return retries.compute(serverId, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
            if (wait.compareTo(LAST_RETRY) > 0) {
                wait = LAST_RETRY;
            }
            return new Retry(failures, clock.instant().plus(wait));
        });
    }

    /** Today's post: the one that went out, or the one due later today; empty on a day without a slot. */
    public Optional<TotdPost> today(String serverId) {
        Schedule s = schedule(serverId);
        LocalDate today = s.dateAt(clock.instant());
        Optional<PostedTerm> posted = rotations.postOn(serverId, today);
        if (posted.isPresent()) {
            return glossaries.apply(serverId).find(posted.get().term()).map(e -> content(serverId, today, e));
        }
        if (!s.hasSlotOn(today)) {
            return Optional.empty();
        }
        return plan(serverId, today, rotations.loadOrCreate(serverId, seeds), rotations.queued(serverId))
                .map(p -> content(serverId, today, p.entry()));
    }

    /**
     * The next {@code n} dates that will get a post, with their terms, from today (if today's post is
     * still to come) on. It runs the real rotation on a copy, so it shows what will be posted as long
     * as the glossary, the queue and the schedule stay as they are.
     */
    public List<Upcoming> upcoming(String serverId, int n) {
        Schedule s = schedule(serverId);
        LocalDate date = s.dateAt(clock.instant());
        if (rotations.postOn(serverId, date).isPresent()) {
            date = date.plusDays(1);
        }
        RotationState state = rotations.loadOrCreate(serverId, seeds);
        NavigableMap<LocalDate, String> queued = rotations.queued(serverId);
        List<Upcoming> out = new ArrayList<>();
        for (; out.size() < n; date = date.plusDays(1)) {
            if (!s.hasSlotOn(date)) {
                continue;
            }
            Optional<Plan> plan = plan(serverId, date, state, queued);
            if (plan.isEmpty()) {
                break;
            }
            out.add(new Upcoming(date, plan.get().entry().term(), plan.get().queued()));
            state = plan.get().after();
        }
        return out;
    }

    /** Books {@code term} for {@code date}. */
    public String queue(String serverId, LocalDate date, String term) {
        Schedule s = schedule(serverId);
        LocalDate today = s.dateAt(clock.instant());
        Entry entry = entry(serverId, term);
        if (date.isBefore(today)) {
            throw new InvalidInputException(date + " has passed; queue a term for today or later.");
        }
        if (!s.postsOn(date)) {
            throw new InvalidInputException(date + " is a " + date.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " and the schedule posts "
                    + TotdInput.describe(s.days()) + ".");
        }
        return locked(serverId, () -> {
            if (rotations.postOn(serverId, date).isPresent()) {
                throw new InvalidInputException("The term for " + date + " was already posted.");
            }
            rotations.queue(serverId, date, entry.term());
            return entry.term();
        });
    }

    /** Removes the booking for {@code date}; false when there was none. */
    public boolean unqueue(String serverId, LocalDate date) {
        return locked(serverId, () -> rotations.unqueue(serverId, date));
    }

    /**
     * Skips a term for the current cycle: {@code term}, or else the one the rotation would show next.
     * A skipped term counts as shown, so it comes back only in the next cycle.
     *
     * @return the skipped term
     */
    public String skip(String serverId, Optional<String> term) {
        return locked(serverId, () -> {
            Rotation rotation = rotation(glossaries.apply(serverId));
            RotationState state = rotations.loadOrCreate(serverId, seeds);
            // bookings from today on are held back (today's booking is today's post, not the rotation's
            // next pick); a booking whose day passed unposted holds nothing back, as in the preview
            LocalDate yesterday = localDate(serverId).minusDays(1);
            Set<String> reserved = reservedAfter(rotations.queued(serverId), yesterday, rotation);
            String skipped;
            if (term.isPresent()) {
                skipped = entry(serverId, term.get()).term();
                state = rotation.ready(state, reserved);
                if (rotation.isDone(state, skipped)) {
                    throw new InvalidInputException(skipped + " was already shown or skipped in this cycle.");
                }
            } else {
                Rotation.Pick pick = rotation.next(state, reserved)
                        .orElseThrow(() -> new InvalidInputException("The glossary has no terms to skip."));
                skipped = pick.term();
                state = pick.state();
            }
            rotations.save(rotation.mark(state, skipped, RotationState.Outcome.SKIPPED));
            return skipped;
        });
    }

    private Optional<Plan> plan(String serverId, LocalDate date, RotationState state, NavigableMap<LocalDate, String> queued) {
        Glossary g = glossaries.apply(serverId); // one glossary throughout, even if a reload swaps it meanwhile
        Rotation rotation = rotation(g);
        Set<String> reserved = reservedAfter(queued, date, rotation);
        Optional<String> booked = Optional.ofNullable(queued.get(date)).flatMap(rotation::canonical);
        if (queued.containsKey(date) && booked.isEmpty()) {
            log.warn("Term '{}' queued for {} in server {} is no longer in the glossary; the rotation picks instead",
                    queued.get(date), date, serverId);
        }
        if (booked.isPresent()) {
            RotationState ready = rotation.ready(state, reserved);
            return Optional.of(new Plan(g.get(booked.get()), true,
                    rotation.mark(ready, booked.get(), RotationState.Outcome.POSTED)));
        }
        return rotation.next(state, reserved).map(pick -> new Plan(g.get(pick.term()), false,
                rotation.mark(pick.state(), pick.term(), RotationState.Outcome.POSTED)));
    }

    /** Terms booked for dates after {@code date}: the rotation holds them back for their day. */
    private static Set<String> reservedAfter(NavigableMap<LocalDate, String> queued, LocalDate date, Rotation rotation) {
        Set<String> out = new HashSet<>();
        queued.tailMap(date, false).values().forEach(t -> rotation.canonical(t).ifPresent(out::add));
        return out;
    }

    private TotdPost content(String serverId, LocalDate date, Entry entry) {
        Optional<QuickCheck> check;
        try {
            check = Optional.of(quickChecks.quickCheckFor(serverId, entry));
        } catch (RuntimeException e) {
            log.warn("No quick check for '{}': {}", entry.term(), e.getMessage());
            check = Optional.empty();
        }
        return new TotdPost(serverId, date, entry, check);
    }

    private static Rotation rotation(Glossary g) {
        return new Rotation(g.entries().stream().map(Entry::term).toList());
    }

    private Entry entry(String serverId, String term) {
        Glossary g = glossaries.apply(serverId);
        return g.find(term.strip())
                .or(() -> g.entries().stream()
                        .filter(e -> e.allNames().stream().anyMatch(n -> n.equalsIgnoreCase(term.strip()))).findFirst())
                .orElseThrow(() -> new InvalidInputException("The glossary has no term '" + term.strip() + "'."));
    }

    private <T> T locked(String serverId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(serverId, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
