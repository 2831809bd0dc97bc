package dev.glossarytutor.store;

import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.UnitOfWork;
import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.TotdClaimRepository;

/**
 * Every repository of one database, and its unit of work. {@code app.Wiring} opens one (SQLite by
 * default, PostgreSQL when {@code TUTOR_DATABASE_URL} is set) and hands its repositories to the
 * features; nothing else knows which database it is.
 */
public interface Store extends AutoCloseable {

    ScoreRepository scores();

    LeitnerRepository leitner();

    OpenQuizRepository openQuizzes();

    ScheduleRepository schedules();

    RotationRepository rotations();

    GapRepository gaps();

    /** Which process posts a server's term of the day, across processes. */
    TotdClaimRepository totdClaims();

    /** What the class asks, without names, for the class report. */
    AskedTermRepository askedTerms();

    /** The class's quiz accuracy per term, for the class report. */
    TermAccuracyRepository termAccuracy();

    /** Which glossary each server's instructor chose. */
    ServerCourseRepository serverCourses();

    /** Runs repository calls of this store as one transaction. */
    UnitOfWork unitOfWork();

    /** Where the data is, for logs and messages: a file, or a server and database; never a credential. */
    String description();

    @Override
    void close();
}
