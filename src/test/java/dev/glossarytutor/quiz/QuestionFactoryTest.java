package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Spelling;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionFactoryTest {
    private final Glossary glossary = TestGlossary.get();
    private final QuestionFactory factory = new QuestionFactory(TestTutor.get());

    @ParameterizedTest
    @EnumSource(value = QuestionKind.class, names = {"DEFINITION_TO_TERM", "TERM_TO_DEFINITION"})
    void create_should_give_four_distinct_options_with_the_answer_and_none_of_its_names(QuestionKind kind) {
        for (Entry answer : glossary.entries()) {
            for (long seed = 0; seed < 5; seed++) {
                // GIVEN any entry and seed
                // WHEN a multiple-choice question is made
                Question q = factory.create(answer, kind, new Random(seed));
                // THEN there are four distinct options, the answer among them at correctIndex
                assertThat(q.options()).hasSize(4).doesNotHaveDuplicates();
                assertThat(q.optionEntries()).doesNotHaveDuplicates().contains(answer);
                assertThat(q.optionEntries().get(q.correctIndex())).isEqualTo(answer);
                // AND no wrong option is one of the answer's own names
                Set<String> answerNames = answer.allNames().stream().map(Spelling::squash).collect(Collectors.toSet());
                q.optionEntries().stream().filter(e -> !e.equals(answer))
                        .forEach(e -> assertThat(answerNames).as(answer.term()).doesNotContain(Spelling.squash(e.term())));
            }
        }
    }

    @Test
    void distractors_should_come_from_the_answers_family() {
        // GIVEN Test Set, tagged "data splits" like Training Set and Validation Set
        Entry testSet = glossary.get("Test Set");
        for (long seed = 0; seed < 30; seed++) {
            // WHEN its distractors are drawn
            List<String> terms = factory.distractors(testSet, 3, new Random(seed)).stream().map(Entry::term).toList();
            // THEN at least one data split is among them
            assertThat(terms).as("seed " + seed).containsAnyOf("Training Set", "Validation Set");
        }
    }

    @Test
    void multipleChoiceFor_should_mask_the_definition_and_offer_terms() {
        // GIVEN Pooling, whose definition starts with its own name
        Entry pooling = glossary.get("Pooling");
        // WHEN a quick-check question is made
        Question q = factory.multipleChoiceFor(pooling, new Random(7));
        // THEN the prompt hides the name, the options are terms, and the entry still quotes verbatim
        assertThat(q.kind()).isEqualTo(QuestionKind.DEFINITION_TO_TERM);
        assertThat(q.prompt()).startsWith("___ are a type of ___").doesNotContainIgnoringCase("pooling");
        assertThat(q.options().get(q.correctIndex())).isEqualTo("Pooling");
        assertThat(q.entry().definition()).startsWith("Pooling layers are a type of downsampling layers");
    }

    @Test
    void create_should_shorten_long_definition_labels_only() {
        for (long seed = 0; seed < 10; seed++) {
            // GIVEN a term-to-definition question about Latent Space, whose definition is long
            Question q = factory.create(glossary.get("Latent Space"), QuestionKind.TERM_TO_DEFINITION, new Random(seed));
            // THEN the prompt is the term and every label fits the limit
            assertThat(q.prompt()).isEqualTo("Latent Space");
            q.options().forEach(label -> assertThat(label.length()).isLessThanOrEqualTo(QuestionFactory.LABEL_LIMIT));
            // AND the long answer label is a masked, shortened prefix; the entry keeps the full text
            String label = q.options().get(q.correctIndex());
            assertThat(label).endsWith("…").startsWith("A ___ is the ___ of a hidden layer.");
            assertThat(q.entry().definition()).endsWith("“Queen”)");
        }
    }

    @Test
    void quiz_should_repeat_with_the_same_seed_and_never_repeat_a_term() {
        // GIVEN two quizzes from the same seed and one from another
        Set<QuestionKind> all = EnumSet.allOf(QuestionKind.class);
        List<Question> a = factory.quiz(20, all, List.of(), new Random(42));
        List<Question> b = factory.quiz(20, all, List.of(), new Random(42));
        List<Question> c = factory.quiz(20, all, List.of(), new Random(43));
        // THEN the same seed gives the same quiz, another seed another
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        // AND no term is asked twice
        assertThat(a.stream().map(q -> q.entry().term())).doesNotHaveDuplicates().hasSize(20);
        assertThat(a.stream().map(Question::kind).collect(Collectors.toSet())).isEqualTo(all);
    }

    @Test
    void quiz_should_ask_the_given_entries_first() {
        // GIVEN two due review terms
        List<Entry> due = List.of(glossary.get("Epoch"), glossary.get("Kernel"));
        // WHEN a quiz is drawn with them first
        List<Question> quiz = factory.quiz(5, EnumSet.of(QuestionKind.TYPE_THE_TERM), due, new Random(1));
        // THEN they lead, in order, and the rest are other terms
        assertThat(quiz).extracting(q -> q.entry().term()).startsWith("Epoch", "Kernel").doesNotHaveDuplicates().hasSize(5);
        assertThat(quiz).allMatch(q -> q.options().isEmpty() && q.correctIndex() == -1);
    }

    @Test
    void create_should_fail_clearly_when_the_glossary_is_too_small_for_four_options() {
        // GIVEN a glossary of three terms
        Glossary tiny = Glossary.of(List.of(Entry.of("A1", "first"), Entry.of("B2", "second"), Entry.of("C3", "third")));
        QuestionFactory small = new QuestionFactory(new Tutor(tiny));
        // WHEN a multiple-choice question is asked for, THEN the message says why
        assertThatThrownBy(() -> small.multipleChoiceFor(tiny.get("A1"), new Random(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too few distinct terms");
        // AND a whole quiz falls back to typed questions
        assertThat(small.quiz(3, EnumSet.allOf(QuestionKind.class), List.of(), new Random(1)))
                .extracting(Question::kind).containsOnly(QuestionKind.TYPE_THE_TERM);
        assertThat(new HashSet<>(small.quiz(5, EnumSet.allOf(QuestionKind.class), List.of(), new Random(1)))).hasSize(3);
    }

    @Test
    void definitionToTerm_shouldOfferNoWrongOptionThePromptNames_forAnyEntryAndSeed() {
        // GIVEN every entry, each with several seeds (Hidden Layer's definition names latent spaces)
        for (Entry entry : factory.glossary().entries()) {
            for (long seed = 0; seed < 5; seed++) {
                // WHEN
                Question q = factory.create(entry, QuestionKind.DEFINITION_TO_TERM, new Random(seed));

                // THEN no wrong option appears in the prompt as words of its own ("hyperparameters" is not Parameters)
                String prompt = q.prompt().toLowerCase(java.util.Locale.ROOT);
                assertThat(q.options()).as("%s, seed %d", entry.term(), seed).hasSize(4)
                        .filteredOn(o -> !o.equals(entry.term()))
                        .noneMatch(o -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(
                        o.toLowerCase(java.util.Locale.ROOT)) + "s?\\b").matcher(prompt).find());
            }
        }
    }
}
