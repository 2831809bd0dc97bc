package dev.glossarytutor.store.postgres;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.store.SqlLeitnerRepository;
import dev.glossarytutor.store.SqlOpenQuizRepository;
import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.UnitOfWork;
import dev.glossarytutor.store.Store;
import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.store.SqlServerCourseRepository;
import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.TotdClaimRepository;

/** Every repository on one PostgreSQL database, shared by every process pointed at it. */
public final class PostgresStore implements Store {
    private final PostgresDatabase db;
    private final String description;
    private final PostgresScoreRepository scores;
    private final LeitnerRepository leitner;
    private final OpenQuizRepository openQuizzes;
    private final ScheduleRepository schedules;
    private final RotationRepository rotations;
    private final ServerCourseRepository serverCourses;
    private final GapRepository gaps;
    private final TotdClaimRepository totdClaims;
    private final AskedTermRepository askedTerms;

    public PostgresStore(PostgresDatabase db, String description) {
        this.db = db;
        this.description = description;
        this.scores = new PostgresScoreRepository(db);
        this.leitner = new SqlLeitnerRepository(db);
        this.openQuizzes = new SqlOpenQuizRepository(db);
        this.schedules = new SqlScheduleRepository(db);
        this.rotations = new PostgresRotationRepository(db);
        this.serverCourses = new SqlServerCourseRepository(db);
        this.gaps = new SqlGapRepository(db);
        this.totdClaims = new PostgresTotdClaimRepository(db);
        this.askedTerms = new PostgresAskedTermRepository(db);
    }

    /** Connects, and applies the migrations not yet applied. */
    public static PostgresStore open(PostgresDatabase.Login login) {
        PostgresDatabase db = PostgresDatabase.open(login);
        return new PostgresStore(db, db.description());
    }

    /** The database underneath, for tools that copy whole tables. */
    public PostgresDatabase database() {
        return db;
    }

    @Override
    public ScoreRepository scores() {
        return scores;
    }

    @Override
    public LeitnerRepository leitner() {
        return leitner;
    }

    @Override
    public OpenQuizRepository openQuizzes() {
        return openQuizzes;
    }

    @Override
    public ScheduleRepository schedules() {
        return schedules;
    }

    @Override
    public RotationRepository rotations() {
        return rotations;
    }

    @Override
    public ServerCourseRepository serverCourses() {
        return serverCourses;
    }

    @Override
    public GapRepository gaps() {
        return gaps;
    }

    @Override
    public TotdClaimRepository totdClaims() {
        return totdClaims;
    }

    @Override
    public AskedTermRepository askedTerms() {
        return askedTerms;
    }

    @Override
    public TermAccuracyRepository termAccuracy() {
        return scores;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return db;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        db.close();
    }
}
