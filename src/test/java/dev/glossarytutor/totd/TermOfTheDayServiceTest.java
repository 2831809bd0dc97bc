package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermOfTheDayServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime MONDAY_8AM = ZonedDateTime.of(2026, 11, 2, 8, 0, 0, 0, BERLIN);

    @TempDir
    Path dir;

    @Test
    void should_show_every_term_once_before_any_repeats_when_rotating_for_two_cycles() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a daily schedule and the real glossary
            f.schedule("09:00", "Europe/Berlin", "daily");
            int n = f.glossary.size();

            // WHEN the scheduler ticks for two full cycles of days
            f.tickUntil(MONDAY_8AM.plusDays(2L * n - 1).withHour(10), Duration.ofHours(1));

            // THEN each cycle shows every term exactly once, in different orders, with no term twice in a row
            List<String> terms = f.sentTerms();
            assertThat(terms).hasSize(2 * n);
            List<String> all = f.glossary.entries().stream().map(Entry::term).toList();
            assertThat(terms.subList(0, n)).containsExactlyInAnyOrderElementsOf(all);
            assertThat(terms.subList(n, 2 * n)).containsExactlyInAnyOrderElementsOf(all);
            assertThat(terms.subList(0, n)).isNotEqualTo(terms.subList(n, 2 * n));
            for (int i = 1; i < terms.size(); i++) {
                assertThat(terms.get(i)).as("post %d", i).isNotEqualTo(terms.get(i - 1));
            }
        }
    }

    @Test
    void should_continue_the_persisted_cycle_when_restarted() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN ten days of posts, then a restart, then the rest of the cycle
            f.schedule("09:00", "Europe/Berlin", "daily");
            int n = f.glossary.size();
            f.tickUntil(MONDAY_8AM.plusDays(9).withHour(10), Duration.ofHours(1));
            f.restart();
            f.tickUntil(MONDAY_8AM.plusDays(n - 1).withHour(10), Duration.ofHours(1));

            // THEN the restart did not reshuffle: the cycle still has every term once
            assertThat(f.sentTerms()).hasSize(n).doesNotHaveDuplicates();
        }
    }

    @Test
    void should_not_post_again_when_a_new_instance_starts_after_todays_post() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN today's post went out at 09:00
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.clock.set(MONDAY_8AM.withHour(9));
            assertThat(f.service.postDue(ServedServers.DISCORD)).isEqualTo(1);

            // WHEN the process restarts at noon on the same SQLite file and ticks the rest of the day
            f.clock.set(MONDAY_8AM.withHour(12));
            f.restart();
            f.tickUntil(MONDAY_8AM.withHour(23).withMinute(45), Duration.ofMinutes(7));

            // THEN nothing more was posted today, and today's term is still the one posted
            assertThat(f.sent).hasSize(1);
            assertThat(f.service.today(TotdFixture.SERVER)).map(TotdPost::term).contains(f.sent.get(0).term());
            assertThat(f.service.postNow(TotdFixture.SERVER).status()).isEqualTo(PostOutcome.Status.ALREADY_POSTED);
        }
    }

    @Test
    void should_post_once_late_when_the_bot_was_down_at_the_slot() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a 09:00 schedule set at 08:00, and no tick until 13:00 (the bot was down)
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.restart();
            f.clock.set(MONDAY_8AM.withHour(13));

            // WHEN it ticks for the rest of the day
            f.tickUntil(MONDAY_8AM.withHour(23), Duration.ofMinutes(5));

            // THEN it caught up exactly once, at its first tick
            assertThat(f.sent).hasSize(1);
            assertThat(f.sent.get(0).at()).isEqualTo(MONDAY_8AM.withHour(13).toInstant());
        }
    }

    @Test
    void should_not_catch_up_a_previous_day_when_down_all_day() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a Monday post, then the bot down all Tuesday
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.tickUntil(MONDAY_8AM.withHour(10), Duration.ofMinutes(30));
            f.clock.set(MONDAY_8AM.plusDays(2).withHour(7));

            // WHEN it ticks on Wednesday morning before and after the slot
            f.tickUntil(MONDAY_8AM.plusDays(2).withHour(8).withMinute(59), Duration.ofMinutes(10));
            int beforeSlot = f.sent.size();
            f.tickUntil(MONDAY_8AM.plusDays(2).withHour(12), Duration.ofMinutes(10));

            // THEN Tuesday is not posted late; Wednesday is posted at its time
            assertThat(beforeSlot).isEqualTo(1);
            assertThat(f.sent).extracting(TotdFixture.Sent::date)
                    .containsExactly(MONDAY_8AM.toLocalDate(), MONDAY_8AM.toLocalDate().plusDays(2));
        }
    }

    @Test
    void should_post_only_on_scheduled_days() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a Mon, Wed, Fri schedule
            f.schedule("09:00", "Europe/Berlin", "mon,wed,fri");

            // WHEN a whole week passes
            f.tickUntil(MONDAY_8AM.plusDays(7).minusHours(1), Duration.ofMinutes(30));

            // THEN it posted Monday, Wednesday and Friday
            assertThat(f.sent).extracting(s -> s.date().getDayOfWeek().toString())
                    .containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
        }
    }

    @Test
    void should_not_post_when_paused_or_without_channel() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN one server paused and one with no channel
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.service.updateSchedule(TotdFixture.SERVER, (s, now) -> s.withEnabled(false, now));
            f.service.updateSchedule("server-2", (s, now) -> s.withTime(LocalTime.of(9, 0), now));

            // WHEN a day passes
            f.tickUntil(MONDAY_8AM.plusHours(12), Duration.ofMinutes(30));

            // THEN nothing went out; "post now" explains the missing channel
            assertThat(f.sent).isEmpty();
            assertThat(f.service.postNow("server-2").status()).isEqualTo(PostOutcome.Status.NO_CHANNEL);
        }
    }

    @Test
    void should_not_post_a_slot_that_passed_before_the_schedule_was_set() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM.withHour(14))) {
            // GIVEN a 09:00 schedule set at 14:00
            f.schedule("09:00", "Europe/Berlin", "daily");

            // WHEN it ticks until Tuesday noon
            f.tickUntil(MONDAY_8AM.plusDays(1).withHour(12), Duration.ofMinutes(15));

            // THEN Monday is not posted after the fact; Tuesday is posted at 09:00
            assertThat(f.sent).extracting(TotdFixture.Sent::date).containsExactly(MONDAY_8AM.toLocalDate().plusDays(1));
            assertThat(f.sent.get(0).at()).isEqualTo(MONDAY_8AM.plusDays(1).withHour(9).toInstant());
        }
    }

    @Test
    void should_retry_a_failed_post_and_keep_serving_other_servers() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN two servers at 09:00, and a transport that fails twice
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.service.updateSchedule("server-2", (s, now) -> s.withChannel("#vocab", now).withZone(BERLIN, now));
            f.failuresToInject = 2;

            // WHEN ticks go on every minute until 10:00
            f.tickUntil(MONDAY_8AM.withHour(10), Duration.ofMinutes(1));

            // THEN both servers got exactly one post; the failed one went out after a back-off
            assertThat(f.sent).extracting(TotdFixture.Sent::serverId).containsExactlyInAnyOrder("server-1", "server-2");
            assertThat(f.sent).allSatisfy(s -> assertThat(s.at()).isAfter(MONDAY_8AM.withHour(9).toInstant()));
        }
    }

    @Test
    void should_post_a_queued_term_on_its_date_and_hold_it_back_before() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN the term the rotation would show last in this cycle, queued for Thursday
            f.schedule("09:00", "Europe/Berlin", "daily");
            int n = f.glossary.size();
            String last = f.service.upcoming(TotdFixture.SERVER, n).get(n - 1).term();
            LocalDate thursday = MONDAY_8AM.toLocalDate().plusDays(3);
            assertThat(f.service.queue(TotdFixture.SERVER, thursday, last.toLowerCase())).isEqualTo(last);
            assertThat(f.service.upcoming(TotdFixture.SERVER, 4).get(3)).isEqualTo(new Upcoming(thursday, last, true));

            // WHEN the whole cycle is posted
            f.tickUntil(MONDAY_8AM.plusDays(n - 1).withHour(10), Duration.ofHours(1));

            // THEN the queued term came on Thursday, and the cycle still had no repeat
            assertThat(f.sent.get(3).term()).isEqualTo(last);
            assertThat(f.sentTerms()).hasSize(n).doesNotHaveDuplicates();
            assertThat(f.rotations.queued(TotdFixture.SERVER)).isEmpty();
        }
    }

    @Test
    void should_leave_a_skipped_term_out_of_the_cycle() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN the next term and one named term are skipped
            f.schedule("09:00", "Europe/Berlin", "daily");
            int n = f.glossary.size();
            String next = f.service.upcoming(TotdFixture.SERVER, 1).get(0).term();
            assertThat(f.service.skip(TotdFixture.SERVER, Optional.empty())).isEqualTo(next);
            assertThat(f.service.skip(TotdFixture.SERVER, Optional.of("overfitting"))).isEqualTo("Overfitting");
            assertThatThrownBy(() -> f.service.skip(TotdFixture.SERVER, Optional.of("Overfitting")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");

            // WHEN the rest of the cycle is posted
            f.tickUntil(MONDAY_8AM.plusDays(n - 3).withHour(10), Duration.ofHours(1));

            // THEN the cycle ended without the skipped terms, and the next cycle begins with all terms again
            assertThat(f.sentTerms()).hasSize(n - 2).doesNotHaveDuplicates().doesNotContain(next, "Overfitting");
            List<String> nextCycle = f.service.upcoming(TotdFixture.SERVER, n).stream().map(Upcoming::term).toList();
            assertThat(nextCycle).doesNotHaveDuplicates().contains(next, "Overfitting");
        }
    }

    @Test
    void should_reject_queueing_an_unknown_term_a_past_date_or_an_unscheduled_day() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            f.schedule("09:00", "Europe/Berlin", "weekdays");
            LocalDate monday = MONDAY_8AM.toLocalDate();
            assertThatThrownBy(() -> f.service.queue(TotdFixture.SERVER, monday, "Quantum Flux"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no term 'Quantum Flux'");
            assertThatThrownBy(() -> f.service.queue(TotdFixture.SERVER, monday.minusDays(1), "Overfitting"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("has passed");
            assertThatThrownBy(() -> f.service.queue(TotdFixture.SERVER, monday.plusDays(5), "Overfitting"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Saturday");
        }
    }

    @Test
    void should_list_every_term_once_when_previewing_as_many_days_as_terms() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN no schedule at all (the default: every day at 09:00)
            int n = f.glossary.size();

            // WHEN previewing n days
            List<Upcoming> upcoming = f.service.upcoming(TotdFixture.SERVER, n);

            // THEN n consecutive dates from today, n distinct terms
            assertThat(upcoming).hasSize(n);
            assertThat(upcoming.get(0).date()).isEqualTo(MONDAY_8AM.toLocalDate());
            assertThat(upcoming.get(n - 1).date()).isEqualTo(MONDAY_8AM.toLocalDate().plusDays(n - 1));
            Set<String> terms = new HashSet<>();
            upcoming.forEach(u -> terms.add(u.term()));
            assertThat(terms).hasSize(n);
        }
    }

    @Test
    void should_post_what_the_preview_showed() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a preview reaching into the second cycle, with a queued and a skipped term
            f.schedule("09:00", "Europe/Berlin", "weekdays");
            f.service.queue(TotdFixture.SERVER, MONDAY_8AM.toLocalDate().plusDays(1), "Epoch");
            f.service.skip(TotdFixture.SERVER, Optional.of("Bias"));
            int days = f.glossary.size() + 10;
            List<Upcoming> preview = f.service.upcoming(TotdFixture.SERVER, days);

            // WHEN those days pass
            f.tickUntil(ZonedDateTime.of(preview.get(days - 1).date(), LocalTime.NOON, BERLIN), Duration.ofHours(1));

            // THEN exactly the previewed terms went out on the previewed dates
            assertThat(f.sent).extracting(s -> new Upcoming(s.date(), s.term(), false))
                    .containsExactlyElementsOf(preview.stream().map(u -> new Upcoming(u.date(), u.term(), false)).toList());
        }
    }

    @Test
    void should_post_the_definition_verbatim_with_a_quick_check() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN Backpropagation queued for today
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.service.queue(TotdFixture.SERVER, MONDAY_8AM.toLocalDate(), "backprop");

            // WHEN an instructor posts now, before 09:00
            PostOutcome outcome = f.service.postNow(TotdFixture.SERVER);

            // THEN the post carries the entry unaltered and a check whose answer is the term
            assertThat(outcome.status()).isEqualTo(PostOutcome.Status.POSTED);
            TotdPost post = f.sent.get(0).post();
            Entry entry = f.glossary.get("Backpropagation");
            assertThat(post.definition()).isSameAs(entry.definition());
            assertThat(post.aliases()).containsExactly("backprop", "backward pass", "backpropagation of errors", "loss.backward()", "autograd",
                    "backward()");
            assertThat(post.seeAlso()).containsExactly("Gradient Descent");
            assertThat(post.quickCheck()).hasValueSatisfying(q -> assertThat(q.correctOption()).isEqualTo("Backpropagation"));

            // AND the 09:00 tick does not post a second time
            f.tickUntil(MONDAY_8AM.withHour(12), Duration.ofMinutes(10));
            assertThat(f.sent).hasSize(1);
        }
    }

    @Test
    void should_not_post_when_paused_while_the_tick_is_serving_another_server() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN servers a and b, both due at 09:00; while a's post goes out, b's instructor pauses b
            AtomicReference<TermOfTheDayService> service = new AtomicReference<>();
            List<String> sent = new CopyOnWriteArrayList<>();
            AtomicLong seeds = new AtomicLong(7);
            service.set(new TermOfTheDayService(f.schedules, f.rotations, () -> f.glossary, TotdFixture::quickCheck,
                    (s, p) -> {
                        if (s.serverId().equals("a")) {
                            service.get().updateSchedule("b", (cur, now) -> cur.withEnabled(false, now));
                        }
                        sent.add(s.serverId());
                    }, f.clock, seeds::incrementAndGet));
            for (String server : List.of("a", "b")) {
                service.get().updateSchedule(server, (s, now) -> s.withChannel("#c", now).withZone(BERLIN, now));
            }
            f.clock.set(MONDAY_8AM.withHour(9));

            // WHEN one tick runs
            int posted = service.get().postDue(ServedServers.DISCORD);

            // THEN b, paused before its post went out, got nothing
            assertThat(service.get().schedule("b").enabled()).isFalse();
            assertThat(sent).containsExactly("a");
            assertThat(posted).isEqualTo(1);
        }
    }

    @Test
    void should_skip_the_term_the_preview_shows_next_when_an_old_booking_was_never_posted() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN Monday's booking of the rotation's first term, never posted because the schedule was paused Monday
            f.schedule("09:00", "Europe/Berlin", "daily");
            String first = f.service.upcoming(TotdFixture.SERVER, 1).get(0).term();
            LocalDate monday = MONDAY_8AM.toLocalDate();
            f.service.queue(TotdFixture.SERVER, monday, first);
            f.service.updateSchedule(TotdFixture.SERVER, (s, now) -> s.withEnabled(false, now));
            f.clock.set(MONDAY_8AM.plusDays(1));
            f.service.updateSchedule(TotdFixture.SERVER, (s, now) -> s.withEnabled(true, now));
            Upcoming next = f.service.upcoming(TotdFixture.SERVER, 1).get(0);
            assertThat(next.term()).isEqualTo(first);

            // WHEN the instructor skips "the next one"
            String skipped = f.service.skip(TotdFixture.SERVER, Optional.empty());

            // THEN the term the preview showed as next was skipped, and Tuesday posts another one
            assertThat(skipped).isEqualTo(next.term());
            assertThat(f.service.upcoming(TotdFixture.SERVER, 1).get(0).term()).isNotEqualTo(skipped);
        }
    }

    @Test
    void should_not_skip_todays_booked_term_when_skipping_the_next_one() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN today's slot booked for the term the rotation would pick next
            f.schedule("09:00", "Europe/Berlin", "daily");
            String first = f.service.upcoming(TotdFixture.SERVER, 1).get(0).term();
            f.service.queue(TotdFixture.SERVER, MONDAY_8AM.toLocalDate(), first);

            // WHEN the instructor skips "the next one"
            String skipped = f.service.skip(TotdFixture.SERVER, Optional.empty());

            // THEN the booking is kept out of the skip and still posts today
            assertThat(skipped).isNotEqualTo(first);
            f.clock.set(MONDAY_8AM.withHour(9));
            f.service.postDue(ServedServers.DISCORD);
            assertThat(f.sentTerms()).containsExactly(first);
        }
    }
}
