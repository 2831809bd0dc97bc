package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerJudgeTest {
    private final Glossary glossary = TestGlossary.get();
    private final Tutor tutor = TestTutor.get();
    private final AnswerJudge judge = new AnswerJudge(tutor);

    @ParameterizedTest(name = "{0} accepts \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Semantic Segmentation | Semantic Segmentation
            Semantic Segmentation | semantic segmentation
            Semantic Segmentation | Semantic-Segmentation!
            Semantic Segmentation | SEMANTIC SEGMENTATIONS
            Semantic Segmentation | per-pixel classification
            Semantic Segmentation | semantic segmentaton
            Semantic Segmentation | semantik segmentation
            Backpropagation       | backprop
            Backpropagation       | back propagation
            Backpropagation       | Back-Propagation.
            Backpropagation       | backpropogation
            Backpropagation       | backpropagtion
            U-Net                 | unet
            U-Net                 | U Net
            Gradient Descent      | SGD
            Gradient Descent      | gradient decsent
            Minibatch             | batch
            Minibatch             | mini-batches
            Loss                  | losses
            Bias                  | biases
            Metrics               | metric
            Logits                | logit
            Kernel                | kernels
            Kernel                | kernal
            Kernel                | kerne
            Epoch                 | epochs
            Activation maps       | activations
            Activation function   | activation
            Weights of a network  | weights
            Overfitting           | overfiting
            Class-imbalanced dataset | class imbalance
            """)
    void judgeTyped_should_accept(String term, String typed) {
        // GIVEN the answer entry, WHEN the student types a name, variant or small typo of it
        Verdict v = judge.judgeTyped(glossary.get(term), typed);
        // THEN it counts
        assertThat(v.outcome()).as(v.note()).isEqualTo(Verdict.Outcome.CORRECT);
    }

    @ParameterizedTest(name = "{0} rejects \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Semantic Segmentation | segmentation               |
            Semantic Segmentation | semantic                   |
            Semantic Segmentation | instance segmentation      | Instance Segmentation
            Gradient Descent      | gradient                   |
            Gradient Descent      | descent                    |
            Batch size            | batch                      | Minibatch
            Batch size            | batches                    | Minibatch
            Activation maps       | activation                 | Activation function
            Activation function   | activations                | Activation maps
            Activation maps       | activatin                  | Activation function
            Activation maps       | activasion                 | Activation function
            Test Set              | training set               | Training Set
            Test Set              | val set                    | Validation Set
            Same Convolution      | valid convolution          | Valid Convolution
            Hyperparameter        | parameters                 | Parameters
            Parameters            | hyperparameter             | Hyperparameter
            Epoch                 | echo                       |
            Tensor                | tensors of data            |
            Kernel                | kern                       |
            Loss                  | lasso                      |
            """)
    void judgeTyped_should_reject(String term, String typed, String meant) {
        // GIVEN the answer entry, WHEN the student types a substring, another term or a far typo
        Verdict v = judge.judgeTyped(glossary.get(term), typed);
        // THEN it does not count, and when it names (or is closest to) another term, that term is given
        assertThat(v.outcome()).as(v.note()).isEqualTo(Verdict.Outcome.WRONG);
        if (meant != null) {
            assertThat(v.meant()).contains(meant);
        }
    }

    @ParameterizedTest(name = "\"{1}\" is not \"{0}\"")
    @CsvSource({"Chair, air", "Chair, cha", "Chair, chairs and tables", "Air, chair"})
    void judgeTyped_should_reject_substrings_and_superstrings(String term, String typed) {
        // GIVEN a glossary with short, overlapping names
        Glossary furniture = Glossary.of(List.of(Entry.of("Chair", "A seat."), Entry.of("Air", "What we breathe."),
                Entry.of("Table", "A flat surface."), Entry.of("Lamp", "A light.")));
        AnswerJudge small = new AnswerJudge(new Tutor(furniture));
        // WHEN a student types a part or an extension of a name, THEN it is wrong
        assertThat(small.judgeTyped(furniture.get(term), typed).correct()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"A, 0", "b, 1", "(c), 2", "D., 3", "1, 0", "4, 3", "c), 2"})
    void judge_should_read_option_letters_and_numbers(String typed, int index) {
        // GIVEN a multiple-choice question
        Question q = new QuestionFactory(tutor).multipleChoiceFor(glossary.get("Epoch"), new Random(3));
        // WHEN the student answers with a letter or number
        Verdict v = judge.judge(q, typed);
        // THEN that option is chosen, and it is right exactly when it is the answer
        assertThat(v.chosenIndex()).isEqualTo(index);
        assertThat(v.correct()).isEqualTo(index == q.correctIndex());
    }

    @Test
    void judge_should_accept_the_typed_term_on_definition_questions_and_name_the_chosen_option() {
        // GIVEN a definition-to-term question about Epoch
        Question q = new QuestionFactory(tutor).multipleChoiceFor(glossary.get("Epoch"), new Random(3));
        Entry wrong = q.optionEntries().stream().filter(e -> !e.term().equals("Epoch")).findFirst().orElseThrow();
        // WHEN the student types the term, or another option's term
        // THEN the first is right and the second wrong, pointing at the option
        assertThat(judge.judge(q, "epoch").correct()).isTrue();
        Verdict v = judge.judge(q, wrong.term());
        assertThat(v.correct()).isFalse();
        assertThat(v.chosenIndex()).isEqualTo(q.optionEntries().indexOf(wrong));
    }

    @Test
    void judge_should_call_empty_or_unlettered_answers_invalid() {
        // GIVEN a term-to-definition question
        Question q = new QuestionFactory(tutor).create(glossary.get("Epoch"), QuestionKind.TERM_TO_DEFINITION,
                new Random(3));
        // WHEN the answer is empty, or text instead of a letter, THEN it is not an answer at all
        assertThat(judge.judge(q, "  ").outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(judge.judge(q, "epoch").outcome()).isEqualTo(Verdict.Outcome.INVALID);
        assertThat(judge.judge(q, "E").outcome()).isEqualTo(Verdict.Outcome.INVALID);
    }

    @Test
    void sameName_should_fold_plurals_as_matching_does_when_a_word_ends_in_us() {
        // GIVEN the one plural rule, which leaves "radius" alone (the judge's own rule made it "radiu")
        // WHEN the judge folds names THEN it agrees with matching
        assertThat(AnswerJudge.singular("radius")).isEqualTo(dev.glossarytutor.nlp.Inflection.singular("radius"))
                .isEqualTo("radius");
        assertThat(AnswerJudge.sameName("radii", "radius")).isFalse();
        assertThat(AnswerJudge.sameName("entries", "entry")).isTrue();
        assertThat(AnswerJudge.sameName("biases", "bias")).isTrue();
    }
}
