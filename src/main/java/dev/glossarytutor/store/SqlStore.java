package dev.glossarytutor.store;

import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.UnitOfWork;
import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.TotdClaimRepository;

/**
 * Every repository on one JDBC database. The repositories whose SQL is the same on SQLite and
 * PostgreSQL are made here; each store passes in the ones it writes its own way (locking, upserts).
 */
public abstract class SqlStore implements Store {
    private final SqlDatabase db;
    private final String description;
    private final ScoreRepository scores;
    private final TermAccuracyRepository termAccuracy;
    private final RotationRepository rotations;
    private final AskedTermRepository askedTerms;
    private final TotdClaimRepository totdClaims;
    private final LeitnerRepository leitner;
    private final OpenQuizRepository openQuizzes;
    private final ScheduleRepository schedules;
    private final ServerCourseRepository serverCourses;
    private final GapRepository gaps;

    /** @param scores the quiz's answers, which the class report's accuracy per term reads too */
    protected <S extends ScoreRepository & TermAccuracyRepository> SqlStore(SqlDatabase db, String description, S scores,
            RotationRepository rotations, AskedTermRepository askedTerms, TotdClaimRepository totdClaims) {
        this.db = db;
        this.description = description;
        this.scores = scores;
        this.termAccuracy = scores;
        this.rotations = rotations;
        this.askedTerms = askedTerms;
        this.totdClaims = totdClaims;
        this.leitner = new SqlLeitnerRepository(db);
        this.openQuizzes = new SqlOpenQuizRepository(db);
        this.schedules = new SqlScheduleRepository(db);
        this.serverCourses = new SqlServerCourseRepository(db);
        this.gaps = new SqlGapRepository(db);
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
        return termAccuracy;
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
