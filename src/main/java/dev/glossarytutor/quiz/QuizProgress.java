package dev.glossarytutor.quiz;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the quiz remembers between quizzes: scores, leaderboards and Leitner cards. Each answer is
 * one unit of work covering both its score and its Leitner step, so neither is ever half-written.
 */
public final class QuizProgress {
    /** The span of the recent leaderboard. */
    public static final Duration RECENT = Duration.ofDays(7);

    private final ScoreRepository scores;
    private final LeitnerRepository cards;
    private final UnitOfWork unit;
    private final Clock clock;

    public QuizProgress(ScoreRepository scores, LeitnerRepository cards, UnitOfWork unit, Clock clock) {
        this.scores = scores;
        this.cards = cards;
        this.unit = unit;
        this.clock = clock;
    }

    /** Records one answer: score, answer log and Leitner box, committed together. */
    public void recordAnswer(String server, String user, String term, boolean correct) {
        Instant now = clock.instant();
        unit.run(() -> {
            scores.record(server, user, term, correct, now);
            cards.save(Leitner.after(cards.card(user, term), user, term, correct, now));
        });
    }

    public Optional<PlayerStats> stats(String server, String user) {
        return scores.stats(server, user);
    }

    public List<LeaderboardRow> leaderboard(String server, int limit) {
        return scores.leaderboard(server, limit);
    }

    /** The board of the last {@link #RECENT} days. */
    public List<LeaderboardRow> recentLeaderboard(String server, int limit) {
        return scores.leaderboardSince(server, clock.instant().minus(RECENT), limit);
    }

    /**
     * The user's due review terms that still exist in {@code glossary}, most overdue first. Cards
     * of terms a reload removed or renamed can never be answered again, so they must not take the
     * places of real ones.
     */
    public List<Entry> dueTerms(String user, Glossary glossary, int limit) {
        return cards.due(user, clock.instant()).stream()
                .map(LeitnerCard::term)
                .flatMap(t -> glossary.find(t).stream())
                .limit(limit)
                .toList();
    }

    /** The user's cards of terms that still exist in {@code glossary}. */
    public List<LeitnerCard> cards(String user, Glossary glossary) {
        return cards.cards(user).stream().filter(c -> glossary.find(c.term()).isPresent()).toList();
    }

    /** How many of the user's terms sit in each box, and how many are due by the end of today (the clock's day). */
    public LeitnerBoxes boxes(String user, Glossary glossary) {
        Instant endOfToday = java.time.LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Integer[] perBox = new Integer[Leitner.LAST_BOX];
        java.util.Arrays.fill(perBox, 0);
        int due = 0;
        for (LeitnerCard c : cards(user, glossary)) {
            perBox[c.box() - 1]++;
            if (c.due().isBefore(endOfToday)) {
                due++;
            }
        }
        return new LeitnerBoxes(List.of(perBox), due);
    }

    public Optional<LeitnerCard> card(String user, String term) {
        return cards.card(user, term);
    }

    public Instant now() {
        return clock.instant();
    }
}
