package dev.glossarytutor.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Courses;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.totd.QuickCheckSource;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import java.time.Clock;
import java.util.Objects;

/**
 * The core services the Discord transport maps its events to. Built by {@code app.Wiring}; the
 * transport owns none of them and closes none of them.
 *
 * @param courses  the installed glossaries and which one each server uses
 * @param clock    dates and instants of quiz messages
 * @param ticker   elapsed time of the rate limits
 * @param openQuizzes the channel-quiz question messages still open, closed with a note at the next start
 */
public record DiscordServices(
        Courses courses,
        GlossaryAdmin glossaryAdmin,
        QuizEngine quiz,
        TotdAdmin totdAdmin,
        TermOfTheDayService totd,
        QuickCheckSource quickChecks,
        Explainer explainer,
        OpenQuizRepository openQuizzes,
        Clock clock,
        Ticker ticker) {

    public DiscordServices {
        Objects.requireNonNull(courses, "courses");
        Objects.requireNonNull(glossaryAdmin, "glossaryAdmin");
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(totdAdmin, "totdAdmin");
        Objects.requireNonNull(totd, "totd");
        Objects.requireNonNull(quickChecks, "quickChecks");
        Objects.requireNonNull(explainer, "explainer");
        Objects.requireNonNull(openQuizzes, "openQuizzes");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ticker, "ticker");
    }
}
