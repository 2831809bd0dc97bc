package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.match.NameHit;
import dev.glossarytutor.match.TermMatcher;
import dev.glossarytutor.nlp.ParsedQuestion;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedHeadComparison}: a side of a comparison that leaves out its head noun borrows the
 * other side's. Real OpenNLP models; the seed glossary.
 */
class SharedHeadComparisonTest {
    private static AnswerEngine engine;
    private static SharedHeadComparison sharedHead;

    @BeforeAll
    static void setUp() {
        engine = TestTutor.get().engine();
        sharedHead = new SharedHeadComparison(engine.matcher());
    }

    @Test
    void withSharedHead_leftSideWithoutItsHead_borrowsItFromTheNameAfterTheJoiner() {
        // GIVEN "valid" before the joiner and the name "same convolution" after it
        ParsedQuestion q = engine.parse("valid vs same convolution");

        // WHEN
        List<NameHit> sides = withSharedHead(q);

        // THEN "valid" is read as Valid Convolution, on the word it spans, before Same Convolution
        assertThat(sides).extracting(h -> h.entry().term()).containsExactly("Valid Convolution", "Same Convolution");
        assertThat(sides.get(0).from()).isZero();
        assertThat(sides.get(0).to()).isEqualTo(1);
    }

    @Test
    void withSharedHead_rightSideWithoutItsHead_borrowsItFromTheNameBeforeTheJoiner() {
        // GIVEN the name "same convolution" before the joiner and "valid" after it
        ParsedQuestion q = engine.parse("same convolution vs valid");

        // WHEN
        List<NameHit> sides = withSharedHead(q);

        // THEN "valid" is read as Valid Convolution, on the word it spans
        assertThat(sides).extracting(h -> h.entry().term()).containsExactly("Same Convolution", "Valid Convolution");
        assertThat(sides.get(1).from()).isEqualTo(3);
        assertThat(sides.get(1).to()).isEqualTo(4);
    }

    @Test
    void withSharedHead_otherSideAOneWordName_addsNothing() {
        // GIVEN "valid" compared with a name of one word, which has no head to lend
        ParsedQuestion q = engine.parse("valid vs pooling");

        // WHEN
        List<NameHit> sides = withSharedHead(q);

        // THEN only the name the message spells is a side
        assertThat(sides).extracting(h -> h.entry().term()).containsExactly("Pooling");
    }

    /** As {@link AnswerEngine#examine} calls it: the names the matcher chose, without and with a conflict. */
    private static List<NameHit> withSharedHead(ParsedQuestion q) {
        TermMatcher.Matches matches = engine.matcher().match(q.words());
        List<NameHit> good = matches.chosen().stream().filter(h -> !h.conflict()).toList();
        List<NameHit> conflicts = matches.chosen().stream().filter(NameHit::conflict).toList();
        return sharedHead.withSharedHead(q, good, conflicts);
    }
}
