package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.MatchTuning;
import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.answer.Tutor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Name matching through the tutor: the ways students spell a term, and the ways they don't mean it. */
class MatchingTest {
    private static Tutor tutor;

    @BeforeAll
    static void setUp() {
        tutor = TestTutor.get();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is overfittting                   | Overfitting
            whats a tensr                          | Tensor
            what is regularisation                 | Regularization
            what is generalisation                 | Generalization
            what is a mini-batch                   | Minibatch
            what is a mini batch                   | Minibatch
            what is a u net                        | U-Net
            what is latentspace                    | Latent Space
            what is a hyper parameter              | Hyperparameter
            what are residual blocks               | Residual Block
            what are decision boundaries           | Decision Boundary
            what are biases                        | Bias
            what is backprop                       | Backpropagation
            what is back-propagation               | Backpropagation
            what is a conv filter                  | Kernel
            what is a max pooling layer            | Pooling
            what are activation maps               | Activation maps
            what is the minibatch size             | Batch size
            whats a hyperparam                     | Hyperparameter
            what is bais                           | Bias
            what does epochs=10 mean               | Epoch
            what does nn.ReLU do                   | Activation function
            whats torch.optim.SGD                  | Gradient Descent
            what does include_top=False do         | Transfer Learning
            what is torchvision.transforms.RandomHorizontalFlip for | Augmentation
            what is tf.keras.layers.MaxPooling2D   | Pooling
            """)
    void ask_variantOfAName_quotesThatTerm(String question, String term) {
        // WHEN
        Answer answer = tutor.ask(question);

        // THEN
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how many epochs should i train for | Epoch
            how many epcohs should i train for | Epoch
            how do i know if im overfitting    | Overfitting
            how do i know if im overfittting   | Overfitting
            """)
    void ask_nameAfterAQuantifierOrAContractionWithoutItsApostrophe_quotesThatTerm(String question, String term) {
        // WHEN a name follows a word of quantity ("many") or a contraction typed without its apostrophe ("im"), neither
        // of which makes another concept of it
        Answer answer = tutor.ask(question);

        // THEN that term is quoted
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you augment images for training           | Augmentation
            word for going through the whole training data exactly once | Epoch
            equivarance in convs                             | Equivariance
            """)
    void ask_bareVerbOfANameATermWithItsContextOrANameFrameWithoutItsQuestionWord_quotesTheTerm(String question,
                                                                                                String term) {
        // WHEN a student asks with the bare verb of a name ("augment"), types a misspelt term with where it belongs
        // ("in convs"), or asks for a name leaving out "what is the" ("word for ...")
        Answer answer = tutor.ask(question);

        // THEN the term is quoted
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "what is batch normalization",
            "what is cross-validation",
            "what is weight decay",
            "what is gradient clipping",
            "what is a segmentation fault",
            "what is a confusion matrix",
            "what is a decision tree",
            "what is a loss landscape",
            "what is hyperparameter tuning",
            "what is metric learning",
            "what is batch processing",
            "what is polling",
            "what is equivalence",
            "what does parameter sharing mean in cnns",
            "what does weight decay mean"})
    void ask_namePartOfAnotherConcept_abstains(String question) {
        // WHEN
        Answer answer = tutor.ask(question);

        // THEN nothing is quoted; at most three suggestions are offered instead
        assertThat(answer.kind()).isEqualTo(Answer.Kind.NOT_FOUND);
        assertThat(answer.quotes()).isEmpty();
        assertThat(answer.suggestions()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void ask_batchNormalization_doesNotSuggestItAsAnAnswer() {
        // WHEN
        Answer answer = tutor.ask("what is batch normalization?");

        // THEN Batch size is not quoted, and the suggestions are not quotes
        assertThat(answer.terms()).doesNotContain("Batch size");
        assertThat(answer.quotes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how does a kernel differ from a feature map?            | Kernel                | Feature Maps
            what distinguishes semantic from instance segmentation  | Semantic Segmentation | Instance Segmentation
            is overfitting the opposite of generalization?          | Overfitting           | Generalization
            compare valid to same convolution                       | Valid Convolution     | Same Convolution
            how does capacity relate to overfitting                 | Capacity              | Overfitting
            instance segmentation vs semantic segmentation whats the difference | Instance Segmentation | Semantic Segmentation
            """)
    void ask_otherWaysOfComparing_quoteBothTerms(String question, String first, String second) {
        // WHEN
        Answer answer = tutor.ask(question);

        // THEN
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            logits or probabilities, which comes first | Logits
            ok so pooling, how does that work          | Pooling
            I know what pooling is, but what is a kernel? | Kernel
            """)
    void ask_questionWordOpeningALaterClause_isAQuestion(String message, String term) {
        // WHEN a message asks its question after a comma, with no question mark
        Answer answer = tutor.ask(message);

        // THEN it is answered, not taken for chatter
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what's a neuron's weight                  | Weights of a network
            what are a layer's parameters             | Parameters
            what is the model's capacity              | Capacity
            """)
    void ask_possessiveBeforeAName_quotesTheName(String question, String term) {
        // WHEN a possessive stands before the name, as a determiner does
        Answer answer = tutor.ask(question);

        // THEN it makes no other concept: the name is quoted
        assertThat(answer.terms()).containsExactly(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ngl the minibatch slide confused me, what is it     | Minibatch
            the backpropagation lecture lost me, what is it     | Backpropagation
            """)
    void ask_courseMaterialAfterAName_quotesTheName(String question, String term) {
        // WHEN a noun after the name says where the student met it (a slide, a lecture), not another concept
        Answer answer = tutor.ask(question);

        // THEN the name is quoted, and "minibatch slide" is no misspelt "mini-batch size"
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is mini batchsize          | Batch size
            whats a hyper paramter          | Hyperparameter
            """)
    void ask_joinedOrSplitWordsWithATypo_lineUpWithTheName(String question, String term) {
        // WHEN words of a name are joined or split and one of them carries a typo
        Answer answer = tutor.ask(question);

        // THEN the name is still found
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a kernel? and what is a feature map?            | Kernel                | Feature Maps
            what's overfitting? also what's early stopping?         | Overfitting           | Early Stopping
            hi! what is an epoch? what is pooling?                  | Epoch                 | Pooling
            """)
    void ask_twoQuestionsInOneMessage_quotesBothTerms(String message, String first, String second) {
        // WHEN one message asks two questions, each in a sentence of its own
        Answer answer = tutor.ask(message);

        // THEN each is answered, in the order asked
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly(first, second);
    }

    @Test
    void ask_yesOrNoQuestionBeforeAFramedQuestion_answersOnlyTheFramedOne() {
        // WHEN a sentence asks whether something holds before another asks what a term is
        Answer answer = tutor.ask("my loss goes down but my teammate keeps asking about 'metrics' in our report, "
                + "isnt the loss already the metric?? what are metrics exactly");

        // THEN only the term asked about is quoted: the yes-or-no question asks about no term of its own
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).containsExactly("Metrics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is a kernel? what does it do?", "what is a kernel? what is a quantum kernel machine?"})
    void ask_secondQuestionFindsNoOtherTerm_answersTheMessageAsAWhole(String message) {
        // WHEN the second question is about the same term, or about one the glossary lacks
        Answer answer = tutor.ask(message);

        // THEN the first term is quoted alone, as before
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).containsExactly("Kernel");
    }

    @Test
    void ask_comparison_quotesEveryNamedTerm() {
        // WHEN
        Answer answer = tutor.ask("valid vs same convolution?");

        // THEN both are quoted, in the order asked
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly("Valid Convolution", "Same Convolution");
    }

    @Test
    void ask_differenceBetween_quotesBoth() {
        // WHEN
        Answer answer = tutor.ask("what's the difference between a kernel and a feature map?");

        // THEN
        assertThat(answer.terms()).containsExactly("Kernel", "Feature Maps");
    }

    @Test
    void ask_description_findsTheTermByMeaning() {
        // WHEN a term is described, not named
        Answer answer = tutor.ask("what do you call it when a model memorizes the training data?");

        // THEN one term is quoted, with Overfitting quoted or offered beside it as a close match
        // (the scorer with partial-name signals ranks Training Set, named in part by "training data", first)
        assertThat(answer.terms()).hasSize(1);
        assertThat(java.util.stream.Stream.concat(answer.terms().stream(), answer.suggestions().stream()))
                .contains("Overfitting");
        // AND its confidence is the scorer's probability, at or above the threshold for descriptions
        assertThat(answer.confidence()).isBetween(
                MatchTuning.shipped().quoteAbove(MatchTuning.Shape.DESCRIBED), 1.0);
    }

    @Test
    void ask_kindOfAnEntry_offersThatEntryFirst() {
        // WHEN a student names a kind of an entry ("the tanh function" is an activation function)
        Answer answer = tutor.ask("what is the tanh function");

        // THEN that entry is what the tutor quotes or, when unsure, suggests first
        List<String> offered = answer.quotesSomething() ? answer.terms() : answer.suggestions();
        assertThat(offered).first().isEqualTo("Activation function");
    }

    @Test
    void ask_activationSenses_getTheirOwnDefinition() {
        // WHEN / THEN each sense of "Activation" answers with its own definition
        assertThat(tutor.ask("what is an activation function?").terms()).containsExactly("Activation function");
        assertThat(tutor.ask("what are activations?").terms()).containsExactly("Activation maps");
    }

    @Test
    void complete_typoAndPrefix_rankTheIntendedTermFirst() {
        // WHEN / THEN
        assertThat(tutor.complete("overfiting", 25)).first().isEqualTo("Overfitting");
        assertThat(tutor.complete("recep", 25)).first().isEqualTo("Receptive Field");
        assertThat(tutor.complete("backprop", 25)).first().isEqualTo("Backpropagation");
        assertThat(tutor.complete("", 25)).hasSize(25);
    }

    @Test
    void resolveName_aliasOrTypo_findsTheEntry() {
        // WHEN / THEN
        assertThat(tutor.resolveName("conv filter")).map(e -> e.term()).contains("Kernel");
        assertThat(tutor.resolveName("Regularisaton")).map(e -> e.term()).contains("Regularization");
        assertThat(tutor.resolveName("weight decay")).isEmpty();
    }

    @Test
    void similar_returnsNeighboursByMeaning() {
        // WHEN
        var neighbours = tutor.similar(tutor.glossary().get("Test Set"), 3);

        // THEN the other data splits are nearest
        assertThat(neighbours).extracting(e -> e.term()).contains("Training Set", "Validation Set");
    }
}
