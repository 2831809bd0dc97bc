package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTallyTest {

    @Test
    void rows_should_rank_by_correct_then_fewer_answers_then_name_when_players_tie() {
        // GIVEN cy 2 of 2, ana 2 of 3, bo 2 of 3, dan 0 of 1
        ScoreTally tally = new ScoreTally();
        tally.count("bo", true);
        tally.count("bo", false);
        tally.count("bo", true);
        tally.count("ana", true);
        tally.count("ana", true);
        tally.count("ana", false);
        tally.count("cy", true);
        tally.count("cy", true);
        tally.count("dan", false);
        // WHEN the table is read THEN most correct, then fewest answered, then name
        assertThat(tally.rows()).containsExactly(new ResultRow(1, "cy", 2, 2), new ResultRow(2, "ana", 2, 3),
                new ResultRow(3, "bo", 2, 3), new ResultRow(4, "dan", 0, 1));
    }
}
