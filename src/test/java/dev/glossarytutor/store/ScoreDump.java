package dev.glossarytutor.store;

import java.nio.file.Path;
import java.util.List;

/** Run in a second JVM by {@link ScoreStoreTest}: prints one student's stored stats. */
public final class ScoreDump {
    private ScoreDump() {
    }

    public static void main(String[] args) {
        List<Migration> migrations = new java.util.ArrayList<>(ScoreStore.MIGRATIONS);
        migrations.addAll(LeitnerStore.MIGRATIONS);
        try (Database db = Database.open(Path.of(args[0]), migrations)) {
            PlayerStats s = new ScoreStore(db).stats(args[1], args[2]).orElseThrow();
            LeitnerCard card = new LeitnerStore(db).card(args[2], args[3]).orElseThrow();
            System.out.println("answered=" + s.answered() + " correct=" + s.correct() + " streak=" + s.streak()
                    + " best=" + s.bestStreak() + " box=" + card.box());
        }
    }
}
