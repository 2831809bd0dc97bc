package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlLeitnerRepository;
import dev.glossarytutor.quiz.LeitnerCard;
import dev.glossarytutor.quiz.PlayerStats;
import java.nio.file.Path;

/** Run in a second JVM by {@link SqliteStoreTest}: prints one student's stored stats. */
public final class ScoreDump {
    private ScoreDump() {
    }

    public static void main(String[] args) {
        try (SqliteDatabase db = SqliteDatabase.open(Path.of(args[0]))) {
            PlayerStats s = new SqliteScoreRepository(db).stats(args[1], args[2]).orElseThrow();
            LeitnerCard card = new SqlLeitnerRepository(db).card(args[2], args[3]).orElseThrow();
            System.out.println("answered=" + s.answered() + " correct=" + s.correct() + " streak=" + s.streak()
                    + " best=" + s.bestStreak() + " box=" + card.box());
        }
    }
}
