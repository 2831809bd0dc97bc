package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionParserTest {
    private static QuestionParser parser;

    @BeforeAll
    static void setUp() {
        parser = new QuestionParser(new Analyzer());
    }

    @ParameterizedTest(name = "{0} -> {1} about ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is a receptive field?                         | DEFINE   | receptive field
            What's a logit?                                    | DEFINE   | logit
            whats overfiting                                   | DEFINE   | overfiting
            define epochs                                      | DEFINE   | epochs
            explain dropout to me                              | DEFINE   | dropout to me
            can someone ELI5 bayes theorem pls                 | DEFINE   | bayes theorem
            what does backprop mean?                           | DEFINE   | backprop
            What does undercoverage bias mean?                 | DEFINE   | undercoverage bias
            what does unicast mean                             | DEFINE   | unicast
            what does the mean mean                            | DEFINE   | mean
            what counts as a hyperparameter? like is lr one    | DEFINE   | hyperparameter
            what exactly is a receptive field                  | DEFINE   | receptive field
            valid vs same convolution?                         | COMPARE  | valid vs same convolution
            what's the difference between loss and metrics     | COMPARE  | whats the difference between loss and metrics
            what do you call the set of examples in one update | DESCRIBE | set of examples in one update
            what is it called when a model memorizes the data  | DESCRIBE | model memorizes the data
            what's the name for the weights of a conv layer    | DESCRIBE | weights of a conv layer
            what is a layer that shrinks feature maps called   | DESCRIBE | layer that shrinks feature maps
            what is the big list of numbers that each layer emits at the end | DESCRIBE | big list of numbers that each layer emits at the end
            a link that only ever goes one way, what is that called in networking | DESCRIBE | link that only ever goes one way
            if you sort the numbers, what's the one right in the middle called | DESCRIBE | if you sort the numbers whats the one right in the middle
            what does the transport layer handle               | DEFINE   | transport layer
            whats the payload of a frame, is it like the important part | DEFINE | payload of a frame
            preamable in ethernet                              | DEFINE   | preamable
            word for going through the whole training data once | DESCRIBE | going through the whole training data once
            term for when most labels are one class            | DESCRIBE | when most labels are one class
            the slides say ethernet a lot and never define it. what is ethernet | DEFINE | ethernet
            they said the data are mutually exclusive and honestly what does mutually exclusive even mean | DEFINE | mutually exclusive
            thanks!                                            | NONE     | ''
            see you tomorrow                                   | NONE     | see you tomorrow
            """)
    void parse_findsIntentAndTarget(String text, Intent intent, String target) {
        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN
        assertThat(q.intent()).isEqualTo(intent);
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            what does weight decay mean               | decay    | NOUN
            what does overfitting really mean         | really   | ADV
            what does backprop even mean              | even     | ADV
            """)
    void parse_whatDoesXMean_readsXAsANounPhrase(String text, String word, String pos) {
        // WHEN the tagger reads a word of X as a verb or an adverb
        ParsedQuestion q = parser.parse(text);

        // THEN X is the subject of "mean", so that word is a noun, unless it is an adverb of English
        assertThat(q.words()).filteredOn(w -> w.norm().equals(word)).singleElement()
                .extracting(Word::pos).isEqualTo(pos);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what batch size did you guys use for exercise 3?   | NONE
            what loss function should I use for regression     | NONE
            what grade do we need to pass                      | NONE
            what is batch size                                 | DEFINE
            what does batch size mean                          | DEFINE
            what kind of convolution do I use                  | DEFINE
            """)
    void parse_whatNounAuxiliarySubject_asksWhichOneNotWhatItIs(String text, Intent intent) {
        // WHEN a question asks which X someone chose or needs ("what X did you use")
        ParsedQuestion q = parser.parse(text);

        // THEN it asks for no definition, while "what is X", "what does X mean" and a kind still do
        assertThat(q.intent()).isEqualTo(intent);
    }

    @Test
    void parse_multiSentenceMessage_findsTheQuestionInTheLaterSentence() {
        // GIVEN chatter, then the question in a second sentence
        String text = "Hi all! The notebook mentions early stopping. What is that?";

        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN the sentences were split, and it is a definition question over the whole message
        assertThat(q.tokens()).extracting(Token::sentence).contains(0, 1, 2);
        assertThat(q.intent()).isEqualTo(Intent.DEFINE);
        assertThat(q.cue()).isTrue();
    }

    @Test
    void parse_tagsAndLemmatisesWithTheOpenNlpModels() {
        // WHEN
        ParsedQuestion q = parser.parse("what are decision boundaries");

        // THEN the plural noun has its dictionary form and a noun tag
        Token last = q.tokens().get(q.tokens().size() - 1);
        assertThat(last.lemma()).isEqualTo("boundary");
        assertThat(last.pos()).isEqualTo("NOUN");
    }

    @Test
    void parse_quotationMarksGluedToWords_areSplitOffAndTheWordsTaggedAsWords() {
        // GIVEN a quotation whose marks the tokenizer leaves on its first and last word
        String text = "the prof kept saying 'feature maps' in the lecture";

        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN each mark is a token of its own and the words between them are nouns
        assertThat(q.tokens()).extracting(Token::text).containsSequence("'", "feature", "maps", "'");
        assertThat(q.words()).filteredOn(w -> w.norm().equals("feature") || w.norm().equals("maps"))
                .extracting(Word::pos).containsOnly("NOUN");
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you augment images for training                    | augment | VERB
            i dont get logits vs probabilities, what are logits       | logits  | NOUN
            what is happening                                         | happening | VERB
            what do you guys think                                    | guys    | NOUN
            studying for the cert, quick one: what does the transport layer handle | handle | VERB
            why do computers need protocols to talk                   | computers | NOUN
            """)
    void parse_verbOfADoQuestionOrNounOfACopula_isTaggedByItsPlace(String text, String word, String pos) {
        // WHEN a "do" question's verb comes after its subject, where the tagger may read it as a noun, or a noun closes
        // "what are X", where it may read it as a verb
        ParsedQuestion q = parser.parse(text);

        // THEN it is a verb (a plural after "you" stays a noun), also when the question follows a break; after "what
        // are" a word the tagger calls a finite verb is a noun, and so is a "verb" between "do" and the question's verb
        assertThat(q.words()).filteredOn(w -> w.norm().equals(word)).extracting(Word::pos).containsOnly(pos);
    }

    @Test
    void parse_apostropheOfAContractionOrPossessive_isKeptOnItsWord() {
        // WHEN apostrophes belong to words, not to a quotation
        ParsedQuestion q = parser.parse("it's the students' work");

        // THEN no apostrophe is split off as a quotation mark
        assertThat(q.tokens()).extracting(Token::text).doesNotContain("'");
    }

    @Test
    void parse_descriptionWithARelativeClause_isMarkedUnframed() {
        // WHEN a "what is the X that ..." question is parsed
        ParsedQuestion q = parser.parse("what is the surface that separates regions with the same answer");

        // THEN it reads as a description, but not an explicit one: a glossary name as X would win
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
        assertThat(q.framed()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            so I'm on module 1 and they just threw the term 'Ethernet frame' at me without explaining. what is it? | ethernet frame
            hey! i'm doing the practice quiz and one question asks about the start frame delimiter. what's that?  | start frame delimiter
            honestly the OSI model is confusing me, what is it supposed to be?                                     | osi model
            early stopping, what is that?                                                                          | early stopping
            the textbook keeps using the standard error of the mean, what is it?                                   | standard error of the mean
            my prof mentions the sampling distribution a lot, what is it?                                          | sampling distribution
            it keeps mentioning the margin of error?? like what even is that lol                                   | margin of error
            my friend said thats a network port?? what is that exactly                                             | network port
            the TA called that summary statistics?? what does that term mean                                       | summary statistics
            the slides mention an 'auxiliary task' for the EM data. What is it? Thanks in advance!                 | auxiliary task
            i keep seeing it in the notes. is that the standard error of the proportion? what is it                | standard error of the proportion
            every cell says 'margin of error' what does that actually mean                                         | margin of error
            idk why my ethernet frame diagram has a preamble at the start, what is it for                          | preamble
            my prof mentions the sampling distribution like 5 times, what is it                                    | sampling distribution
            the textbook uses the margin of error a lot, how is it calculated                                      | margin of error
            the prof kept saying 'feature maps' in the conv lecture. what are they                                 | feature maps
            the lecture notes say fiber cable, what is that                                                        | fiber cable
            """)
    void parse_pronounQuestion_asksAboutTheQuotedOrLastNounPhraseBeforeIt(String text, String target) {
        // WHEN the question's own phrase is only a pronoun ("what is it?", "what's that?", "how is it calculated")
        ParsedQuestion q = parser.parse(text);

        // THEN it asks about the phrase the pronoun stands for: a quoted one, else the last noun phrase of the clause before
        assertAsksAbout(q, target);
    }

    @Test
    void parse_pronounAfterADescription_keepsTheDescription() {
        // GIVEN a noun phrase with a relative clause and no verb of its own before "what are those"
        String text = "the glass cables that are about as thin as a hair, what are those";

        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN the whole description is what is asked about, not its last noun ("hair")
        assertThat(q.description()).startsWith("glass cables that are");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            yo can someone explain what a MAC address is, the video went way too fast                 | mac address
            tbh I never understood what a parameter is in statistics, can someone explain? thanks!!   | parameter
            """)
    void parse_embeddedWhatXIs_asksAboutX(String text, String target) {
        // WHEN the question is an embedded clause whose verb follows the phrase ("explain what X is")
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase ends at that verb, and the question asks for a meaning
        assertThat(q.description()).isEqualTo(target);
        assertThat(q.asksMeaning()).isTrue();
    }

    @Test
    void parse_embeddedWhatWithoutAVerbOfKnowing_isNotCut() {
        // WHEN "what X is" follows a pronoun object ("tells you what protocol is inside it"), not a verb
        ParsedQuestion q = parser.parse("which 2-byte field in a frame tells you what protocol is inside it, like IPv4 or IPv6");

        // THEN the phrase is not cut at "is"
        assertThat(q.description()).startsWith("protocol is inside");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            anyone? what's a patch panel? my uncle has one in his garage lmao | patch panel
            pls someone what is the physical layer i have a test tomorrow     | physical layer
            whats the point of a validation set if we have a test set         | validation set
            what is the purpose of pooling                                    | pooling
            can anyone tell me what overfitting means in simple words         | overfitting
            """)
    void parse_chatAfterTheQuestion_isNotPartOfThePhrase(String text, String target) {
        // WHEN the question is followed by another sentence, by a subject and verb or a subordinating conjunction
        // starting a new clause, or asks what its phrase is for ("what's the point of X"), or embeds "what X means"
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase asked about ends where its clause does
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how does capacity relate to overfitting                                   | COMPARE
            instance segmentation vs semantic segmentation whats the difference       | COMPARE
            the default assumption that there's no effect / no difference, what's that called | DESCRIBE
            does anyone know what standardization is? in the video they do it to the columns before comparing them | DEFINE
            half duplex and full duplex how are they different                        | COMPARE
            what are these two different tests                                        | DEFINE
            i always mix up validation set and test set, can u explain both           | COMPARE
            can someone explain both the bias and the weights                          | COMPARE
            """)
    void parse_comparisonWords_compareOnlyInAQuestionThatAsksToCompare(String text, Intent intent) {
        // WHEN a message relates two things, or uses a comparison word inside a description or a side remark
        ParsedQuestion q = parser.parse(text);

        // THEN only a question that asks to compare or relate is a comparison
        assertThat(q.intent()).isEqualTo(intent);
    }

    @Test
    void parse_questionWordTaggedAsNoun_isNotANoun() {
        // WHEN the tagger reads "whats" after a name as a noun
        ParsedQuestion q = parser.parse("instance segmentation vs semantic segmentation whats the difference");

        // THEN the word is not noun-like, so it cannot extend the name before it
        assertThat(q.words()).filteredOn(w -> w.norm().equals("whats")).allMatch(w -> !w.isNounLike());
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is alpha in hypothesis testing     | alpha
            how well a model does on data it never saw | data
            """)
    void parse_wordTaggedAsDeterminerThatEnglishLacks_isANoun(String text, String word) {
        // WHEN the tagger reads a word outside English's closed class of determiners as one
        ParsedQuestion q = parser.parse(text);

        // THEN it is a noun, so it counts as a content word of the phrase (and can head a complement before a name)
        assertThat(q.words()).filteredOn(w -> w.norm().equals(word)).isNotEmpty().allMatch(Word::isNounLike);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is hex                 | hex
            what does std dev measure   | std dev
            what does the pooling layer do | pooling layer
            """)
    void parse_unknownWordTaggedAsPronounOrClosingVerb_isAskedAbout(String text, String target) {
        // WHEN the tagger reads an unknown short word as a pronoun ("hex"), or the question closes with its own
        // verb after the phrase ("what does X measure")
        ParsedQuestion q = parser.parse(text);

        // THEN the word is asked about, not read as pointing back, and the closing verb is the frame's
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            the layer that shrinks the feature map by taking the max of each 2x2 area           | layer that shrinks the feature map by taking the max of each 2x2 area
            a number you calculate from only your sample, like the sample mean                  | number you calculate from only your sample like the sample mean
            the method where your first participants bring in their friends, who bring in their friends etc | method where your first participants bring in their friends who bring in their friends etc
            the small chunk of examples used for a single weight update                         | small chunk of examples used for a single weight update
            taking a network trained on imagenet and reusing it for my microscopy task          | taking a network trained on imagenet and reusing it for my microscopy task
            when you just ask whoever is easiest to reach, like your friends or people at the mall | when you just ask whoever is easiest to reach like your friends or people at the mall
            training loss keeps going down but validation loss goes up, what is happening       | training loss keeps going down but validation loss goes up
            if I want my 3x3 conv to not shrink the image, what kind of convolution do I use    | if i want my 3x3 conv to not shrink the image
            when you reject the null but it was actually true all along, what kind of mistake is that | when you reject the null but it was actually true all along
            the company you pay for internet like comcast or verizon, whats the technical term  | company you pay for internet like comcast or verizon
            how does the network figure out the gradient for every weight, what's that algorithm | how does the network figure out the gradient for every weight
            what device moves data from one network onto a completely different network         | device moves data from one network onto a completely different network
            what's the special address that's all F's, like FF:FF:FF:FF:FF:FF                   | special address thats all fs like ff ff ff ff ff ff
            the number system with base 16                                                      | number system with base 16
            a variable like height or time that can be any value in a range                     | variable like height or time that can be any value in a range
            the test for checking whether two different groups have the same average           | test for checking whether two different groups have the same average
            the plus-or-minus part in poll results, like "±3 points", what's that            | plus or minus part in poll results like 3 points
            the value that shows up most often in a dataset                                     | value that shows up most often in a dataset
            the portion of the data you actually fit the weights on                             | portion of the data you actually fit the weights on
            the list of all the possible outcomes, like {1,2,3,4,5,6} for a die                | list of all the possible outcomes like 1 2 3 4 5 6 for a die
            spread of the middle 50% of the data, q3 minus q1                                    | spread of the middle 50 of the data q3 minus q1
            the squished low dim space in the middle of an encoder decoder where interpolating between two points gives new images | squished low dim space in the middle of an encoder decoder where interpolating between two points gives new images
            """)
    void parse_descriptionByItsEnglishForm_isADescription(String text, String description) {
        // WHEN a message describes a thing or a situation: a noun phrase with a clause of its own, a gerund
        // clause, a "when"/"if" clause, or any of these closed by a question that only points back at them
        ParsedQuestion q = parser.parse(text);

        // THEN it is a description of what came before the closing question
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
        assertThat(q.description()).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what batch size did you guys use for exercise 3? mine keeps crashing       | NONE
            my loss is nan after 2 epochs 😭 any ideas?                                 | DEFINE
            what is batch normalization                                                 | DEFINE
            what's a MAC address table on a switch                                      | DEFINE
            @TutorBot twisted pair cable?? what is that                                 | DEFINE
            bro what is latent space, the guest lecture talked about it for an hour     | DEFINE
            @Sarah what is gradient descent in simple words?                            | DEFINE
            when is the exam?                                                           | DEFINE
            how many hours a week do you all spend on this course                       | DEFINE
            difference between null hypothesis and alternative hypothesis               | COMPARE
            the wifi in the lecture hall is so bad today                                | NONE
            the average person probably doesn't need this much stats lol                | NONE
            good luck on the exam tomorrow everyone                                     | NONE
            good luck on the midterm everyone, may your p-values be small and your confidence high | NONE
            my router keeps blinking orange, brb restarting it                          | NONE
            ok thanks that makes sense                                                  | NONE
            my code keeps crashing when i run it                                        | NONE
            the thing that i said                                                       | NONE
            subnet mask?? like 255.255.255.0                                            | DEFINE
            so the lower limit of a confidence interval... is that just the smaller number | DEFINE
            wait is a parameter the population one or the sample one                    | DEFINE
            """)
    void parse_sentenceOrNamingQuestion_isNotADescription(String text, Intent intent) {
        // WHEN a message is a sentence (its subject before its verb), chatter, a question naming something, or a
        // yes-or-no question without its question mark ("... is that just the smaller number")
        ParsedQuestion q = parser.parse(text);

        // THEN it keeps its intent: only the form of a description makes one
        assertThat(q.intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            can someone explain the CLT in simple words                        | clt
            what is a p-value in plain english                                 | p value
            explain overfitting like im 5                                      | overfitting
            explain the kernel for beginners                                   | kernel
            what are the words in a sentence                                   | words in a sentence
            """)
    void parse_howToExplainClosesTheQuestion_isNotAskedAbout(String text, String target) {
        // WHEN the question ends by saying how to explain ("in simple words", "like I'm five", "for beginners")
        ParsedQuestion q = parser.parse(text);

        // THEN those words are the frame's: only what comes before them is asked about
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what's a subnet... no wait i mean what is an octet?                | octet
            what is a hub? actually no, what is a router                       | router
            what is a hub? scratch that, what's a router                      | router
            whats dropout nvm what is pooling                                  | pooling
            what is a kernel? oops, i meant what is a filter                   | filter
            """)
    void parse_questionTakenBack_asksTheQuestionAfterTheRepair(String text, String target) {
        // WHEN the writer takes a question back ("no wait", "actually no", "scratch that") and asks another
        ParsedQuestion q = parser.parse(text);

        // THEN the later question is the one asked
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is a router? i mean the thing at home                         | router
            what is a hub? never mind                                          | hub
            is there no wait time on a queue                                   | is there no wait time on a queue
            """)
    void parse_noQuestionAfterARepairMarker_keepsTheMessage(String text, String target) {
        // WHEN "I mean" elaborates, nothing follows a marker, or the marker's words say something else
        ParsedQuestion q = parser.parse(text);

        // THEN the message is read as it stands
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what does it mean to standardize a variable                       | standardize a variable
            what does it mean for two events to be mutually exclusive         | two events to be mutually exclusive
            what does it mean when data is normally distributed               | data is normally distributed
            what does it mean for a model to generalize                       | a model to generalize
            """)
    void parse_itMeansAClause_asksAboutTheClause(String text, String target) {
        // WHEN "it" in "what does it mean" stands for the clause after "mean"
        ParsedQuestion q = parser.parse(text);

        // THEN the clause is asked about, its closing verb kept, as a concept named in other words
        assertAsksAbout(q, target);
    }

    @Test
    void parse_nounTaggedWordAfterInfinitiveTo_isAVerb() {
        // WHEN the tagger reads the verb after "mean to" as a noun
        ParsedQuestion q = parser.parse("what does it mean to sample with replacement");

        // THEN it is a verb: a derived form of a name, not a noun phrase of its own
        assertThat(q.words()).filteredOn(w -> w.norm().equals("sample")).singleElement()
                .extracting(Word::pos).isEqualTo("VERB");
    }

    @Test
    void parse_closingMeanTaggedAsNoun_isTheVerb() {
        // WHEN the tagger reads the closing "mean" of "what does X mean" as a noun after an adjective
        ParsedQuestion q = parser.parse("what does mutually exclusive mean");

        // THEN it is the question's verb, so it does not extend X into another concept ("exclusive mean")
        assertThat(q.words().get(q.words().size() - 1).pos()).isEqualTo("VERB");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            i still don't get backpropagation after 3 youtube videos pls help | backpropagation
            im so confused about subnetting                                  | subnetting
            can you help me understand what a p-value is                     | p value
            i am really confused by the ethertype                            | ethertype
            """)
    void parse_studentSaysWhatTheyDoNotUnderstand_asksAboutIt(String text, String target) {
        // WHEN a student says what they fail to understand, with no question word
        ParsedQuestion q = parser.parse(text);

        // THEN that is what is asked about, up to an adjunct of time ("after 3 videos")
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            i dont get why my model overfits
            the laptop can't get an address from the router, what assigns them
            """)
    void parse_notUnderstandingWhyOrAThingThatCannotGet_isNotAQuestionAboutAPhrase(String text) {
        // WHEN the student fails to understand why something happens, or a thing in a description cannot get something
        ParsedQuestion q = parser.parse(text);

        // THEN no phrase after "get" is taken as the thing asked about
        assertThat(q.description()).doesNotStartWith("why").isNotEqualTo("address from the router");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what's a population in stats, like is it literally people?  | population in stats
            what's a parameter, because my notes say it twice           | parameter
            """)
    void parse_clauseAfterACommaAndAConjunction_endsThePhrase(String text, String target) {
        // WHEN a comma and an interjection or conjunction open a remark after the phrase
        ParsedQuestion q = parser.parse(text);

        // THEN the remark is not part of the phrase asked about
        assertThat(q.description()).isEqualTo(target);
    }

    @Test
    void parse_exampleAfterACommaAndLike_staysInTheDescription() {
        // WHEN "like" after a comma gives an example of the thing described
        ParsedQuestion q = parser.parse("What's the special address that's all F's, like FF:FF:FF:FF:FF:FF");

        // THEN the example stays part of what is described
        assertThat(q.description()).contains("ff");
    }

    @Test
    void parse_explainWhatThatMeans_pointsBackAtThePhraseBefore() {
        // WHEN an embedded question's subject is only a demonstrative ("explain what that means")
        ParsedQuestion q = parser.parse(
                "for the project we have to do semantic segmentation of nuclei, can someone explain what that means");

        // THEN it points back at the noun phrase before it
        assertThat(q.description()).startsWith("semantic segmentation");
    }

    @Test
    void parse_adjectiveTaggedWordWithANounSuffix_isANoun() {
        // WHEN the tagger reads an unknown noun in -age after "has" as an adjective
        ParsedQuestion q = parser.parse("someone said our survey has undercoverage and i just nodded, what does that mean");

        // THEN it is a noun, and so what "that" points back at
        assertThat(q.words()).filteredOn(w -> w.norm().equals("undercoverage")).singleElement()
                .matches(Word::isNounLike);
        assertThat(q.description()).isEqualTo("undercoverage");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sample mean?                           | true
            sample mean definition                 | true
            what does the sample mean              | false
            what would a sample mean here          | false
            """)
    void parse_bareVerbAfterANounOpeningTheMessage_isItsHead(String text, boolean noun) {
        // WHEN a bare verb form follows a noun, opening the message or after "do" or a modal
        ParsedQuestion q = parser.parse(text);

        // THEN it heads the noun phrase that opens the message ("sample mean?"); after "does" or "would" it stays the verb
        assertThat(q.words()).filteredOn(w -> w.norm().equals("mean")).singleElement()
                .extracting(Word::isNounLike).isEqualTo(noun);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RV meaning in stats                    | rv
            H1 meaning?                            | h1
            standard deviation definition pls      | standard deviation
            variance def                           | variance
            """)
    void parse_nounPhraseClosedByMeaningOrDefinition_asksAboutThePhrase(String text, String phrase) {
        // WHEN a noun phrase is closed by a word asking its meaning, perhaps saying where it was met
        ParsedQuestion q = parser.parse(text);

        // THEN it asks what the phrase means
        assertAsksAbout(q, phrase);
    }

    @Test
    void parse_meaningAsTheObjectOfAClause_asksNothing() {
        // WHEN "meaning" closes a clause with a verb, not a bare noun phrase
        ParsedQuestion q = parser.parse("life has no meaning lol");

        // THEN nothing is asked
        assertThat(q.intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void parse_adverbTaggedWordInEncyClosingThePhrase_isANoun() {
        // WHEN the tagger reads a noun in -ency closing the phrase as an adverb
        ParsedQuestion q = parser.parse("explain network latency");

        // THEN it is a noun of the phrase, so the phrase is not a name with an adverb after it
        assertThat(q.words()).filteredOn(w -> w.norm().equals("latency")).singleElement()
                .matches(Word::isNounLike);
        assertThat(q.description()).isEqualTo("network latency");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            when a device shouts a message that every single machine on the local net receives
            """)
    void parse_descriptionWithAVerbTaggedAsNoun_isADescription(String text) {
        // WHEN a description's verb in -s is tagged as a noun between a noun and a determiner ("a device shouts a message")
        ParsedQuestion q = parser.parse(text);

        // THEN the message is still read as a description
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
    }

    @Test
    void parse_tagQuestionAfterANoun_isNoWordOfItsPhrase() {
        // WHEN a sentence ends with a tag question's "right?" after a noun, and a pointing question follows
        ParsedQuestion q = parser.parse("the transport layer is the one with tcp right? but what does it actually DO");

        // THEN "right" does not extend the noun before it, and "it" points at what "the one" stands for
        assertAsksAbout(q, "transport layer");
    }

    @Test
    void parse_verbEndingAsOnlyVerbsDoAfterASingularNoun_isAVerb() {
        // WHEN a word in "-izes" follows a singular noun ("a model generalizes"), which the tagger reads as a noun
        ParsedQuestion q = parser.parse("how well a model generalizes");

        // THEN it is the clause's verb, while a short stem stays a noun ("batch sizes")
        assertThat(q.words()).filteredOn(w -> w.norm().equals("generalizes")).singleElement()
                .matches(w -> w.pos().equals("VERB"));
        assertThat(parser.parse("what are batch sizes").words()).filteredOn(w -> w.norm().equals("sizes"))
                .singleElement().matches(Word::isNounLike);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my team lead said we overfit and everyone nodded. what does that mean? | my team lead said we overfit and everyone nodded
            """)
    void parse_pronounAfterAClauseEndingOnItsVerb_pointsAtTheClause(String text, String phrase) {
        // WHEN a pointing question follows a clause that ends with its subject's verb ("everyone nodded")
        ParsedQuestion q = parser.parse(text);

        // THEN it asks about what the clause says, not about the subject alone ("everyone")
        assertAsksAbout(q, phrase);
    }

    @Test
    void parse_nounBeforeAClauseWithoutThat_staysANoun() {
        // WHEN a plural noun follows a noun and a clause without "that" follows it ("the data packets a router sends")
        ParsedQuestion q = parser.parse("what is the data packets a router sends");

        // THEN the plural noun is not read as a verb
        assertThat(q.words()).filteredOn(w -> w.norm().equals("packets")).singleElement().matches(Word::isNounLike);
    }

    @Test
    void parse_intensifierBeforeAPointingQuestion_doesNotAskForAName() {
        // WHEN "what even is it" follows a sentence that names something ("... runs over udp, is that bad?")
        ParsedQuestion q = parser.parse("our game server runs over udp, is that bad? what even is it");

        // THEN the adverb is no noun of a naming frame ("what property is that"): "it" points back at the noun
        assertAsksAbout(q, "udp");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            my dad works at an isp and keeps bringing up bgp at dinner, what is that | bgp
            the prof mentioned the margin of error in class, what is that            | margin of error
            our game server runs over udp, what is it                                | udp
            """)
    void parse_pronounAfterABareNounOfPlaceOrTime_pointsAtTheThingBefore(String text, String target) {
        // WHEN the last noun before "what is that" stands alone after a preposition ("at dinner", "in class")
        ParsedQuestion q = parser.parse(text);

        // THEN it says where or when: the noun phrase before the preposition is meant (not when a verb comes before it)
        assertThat(q.description()).isEqualTo(target);
    }

    @Test
    void parse_isThereAKindOfNameForThis_asksForTheNameOfTheDescription() {
        // WHEN a description closes with "is there (like) a <kind of name> for this"
        ParsedQuestion q = parser.parse(
                "confused why my sample means look normal when the raw data is skewed, is there like a theorem for this");

        // THEN the words before it are the description
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
        assertThat(q.description()).startsWith("confused why my sample means");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            my prof said we should think about the sampling distribution for this hw but i dont get what it actually is | sampling distribution
            the lecture slides have this thing called the empirical rule and im completely lost, can someone explain    | empirical rule
            """)
    void parse_pronounOrClosingOrder_pointsPastCourseMaterialAtTheConcept(String text, String target) {
        // WHEN "what it is" or an order closing the message ("can someone explain") points back, and the last noun
        // before it is course material ("for this hw")
        ParsedQuestion q = parser.parse(text);

        // THEN the concept before it is asked about
        assertAsksAbout(q, target);
    }

    @Test
    void parse_pronounAfterAPhraseSetAsideByNot_pointsAtThePhraseKept() {
        // WHEN the last noun phrase before "what does that mean" is set aside by "not" ("X, not just Y")
        ParsedQuestion q = parser.parse(
                "my TA said we need instance segmentation, not just foreground/background. what does that mean");

        // THEN the phrase kept is what "that" points at
        assertThat(q.description()).isEqualTo("instance segmentation");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is mean exactly in stats terms                              | mean
            what does a router actually do                                   | router
            what is a tensor tbh                                             | tensor
            my dad asked me what a router actually does and i just stared at him | router
            """)
    void parse_hedgeOrAsideClosingTheQuestion_isNoPartOfThePhrase(String text, String target) {
        // WHEN an adverb of emphasis or a chat aside closes the question, or an embedded "what X does" closes with its verb
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase ends before it
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is early stopping and why did it do that                    | early stopping
            whats a sample as opposed to just data                           | sample
            what is a hub rather than a switch                               | hub
            """)
    void parse_secondQuestionOrContrastAfterThePhrase_endsIt(String text, String target) {
        // WHEN a conjunction opens a second question, or a contrast follows the phrase
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase ends before it
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            does probability sampling just mean picking at random or what    | probability sampling
            sry but does 'stratified sampling' mean you split people into groups | stratified sampling
            """)
    void parse_yesNoQuestionAboutAMeaning_asksAboutThePhrase(String text, String target) {
        // WHEN a student asks whether a phrase means something
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase before "mean" is asked about
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            so does that mean my model is overfitting
            do you mean the validation set
            why does a high p-value mean we keep the null
            """)
    void parse_doesThatMeanOrWhyDoesXMean_isNoQuestionAboutAMeaning(String text) {
        // WHEN "does ... mean" asks what follows from something said, what someone meant, or why
        ParsedQuestion q = parser.parse(text);

        // THEN the words before "mean" are not taken for a phrase whose meaning is asked
        assertThat(q.description()).isNotIn("that", "you", "a high p value");
    }

    @Test
    void parse_questionAfterAnApologyWithAClause_asksAboutItsPhrase() {
        // WHEN a question opens a clause after words that read like a description ("idk if this is a dumb question")
        ParsedQuestion q = parser.parse("idk if this is a dumb question but whats a 'sample'");

        // THEN it asks about its own phrase
        assertAsksAbout(q, "sample");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            we're on measures of dispersion this week and honestly im lost, what are they | measures of dispersion
            non probability sampling came up in the reading... is it bad? what is it      | non probability sampling
            """)
    void parse_pronounAfterATimeOrTheReading_pointsAtTheConcept(String text, String target) {
        // WHEN the last noun before the pronoun is a time ("this week") or course material ("the reading"), or a
        // compound in -ing is the subject of a verb ("probability sampling came up")
        ParsedQuestion q = parser.parse(text);

        // THEN the concept before it is what the pronoun stands for
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is the preamble of an ethernet frame and i have zero clue   | preamble of an ethernet frame
            """)
    void parse_clauseWithASubjectAfterAConjunction_isNoPartOfThePhrase(String text, String target) {
        // WHEN a conjunction opens a clause with a subject and its verb after the phrase
        ParsedQuestion q = parser.parse(text);

        // THEN the phrase ends before it
        assertThat(q.description()).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            my roommate says the datalink layer is the most boring one lmao. what does it actually do tho | datalink layer
            the slides mention an 'auxiliary task' for the EM data. What is that supposed to be? Thanks! | auxiliary task
            can someone remind me what a decision boundary is. i never got what it meant                 | decision boundary
            """)
    void parse_pointingQuestionsAndRequestsOfTheTutor_findTheConcept(String text, String target) {
        // WHEN a pronoun's nearest noun names no concept ("one"), the pointing word has only verbs after it ("that
        // supposed to be"), or a request of the tutor ("remind me what X is") comes before a later frame
        ParsedQuestion q = parser.parse(text);

        // THEN the concept named before is asked about
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            no idea what overfitting means                                                           | overfitting
            not sure what a hub is                                                                   | hub
            reading ahead for next week and it keeps mentioning line coding no idea what that means  | line coding
            random q but the textbook keeps talking about a test statistic and i have no clue what thats supposed to be | test statistic
            hw3 asks us to add skip connections to our cnn, idk what those are                       | skip connections
            my slides mention the empirical rule and idk what that formally means                    | empirical rule
            """)
    void parse_embeddedQuestionAfterTheWriterNotKnowing_asksAboutItsPhraseOrWhatItsPronounStandsFor(String text,
            String target) {
        // WHEN the writer says they do not know ("no idea", "not sure", "no clue", "idk") what something is or means
        ParsedQuestion q = parser.parse(text);

        // THEN the embedded question's phrase is asked about; a pronoun stands for the noun phrase before the
        // not-knowing words, a plural one for the last plural noun phrase; an adverb in -ly the tagger reads as a
        // pronoun ("formally") is an adverb
        assertAsksAbout(q, target);
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            how spread out the data is                                           | how spread out the data is
            how likely an event is to happen                                     | how likely an event is to happen
            how well a model generalizes — what does that mean exactly?          | how well a model generalizes
            is there a generic word for anything hooked up to the network        | anything hooked up to the network
            whats the technical term for splitting a network into smaller ones   | splitting a network into smaller ones
            just surveying whoever is easiest to get to, like people in your own class | just surveying whoever is easiest to get to like people in your own class
            spread of just the middle half of the data, Q3 minus Q1              | spread of just the middle half of the data q3 minus q1
            """)
    void parse_degreeClauseQualifiedNameFrameOrHedgedDescription_isADescription(String text, String description) {
        // WHEN a clause of degree keeps its subject before its verb, a name frame qualifies its noun, or a
        // description opens with a hedge
        ParsedQuestion q = parser.parse(text);

        // THEN the message describes a concept
        assertThat(q.intent()).as(text).isEqualTo(Intent.DESCRIBE);
        assertThat(q.description()).as(text).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much data can a link carry
            how does dropout work
            how many hours a week do you all spend on this course
            """)
    void parse_directHowQuestion_isNoClauseOfDegree(String text) {
        // WHEN "how" opens a direct question, its auxiliary before the subject
        ParsedQuestion q = parser.parse(text);

        // THEN it is not read as a description
        assertThat(q.intent()).as(text).isEqualTo(Intent.DEFINE);
    }

    @Test
    void parse_relativeWhichAfterACommaInABareDescription_isNoQuestion() {
        // WHEN "which" after a comma opens a relative clause with a subject of its own
        ParsedQuestion q = parser.parse(
                "the default assumption that nothing is going on, no effect, which you then try to find evidence against");

        // THEN the message is a description, not a question about its words
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
    }

    @Test
    void parse_gerundOfWhatTheWriterDidBeforeAClauseOfItsOwn_isNoDescription() {
        // WHEN a message opens with what the writer was doing, then a clause with its own subject names a term
        ParsedQuestion q = parser.parse(
                "doing the practice quiz and it asks about the significance level which apparently i never learned lol whats that");

        // THEN the pronoun stands for the term named, not for a description
        assertAsksAbout(q, "significance level");
    }

    @Test
    void parse_clauseAfterTheClosingMean_isNoDescriptionOfThePhrase() {
        // WHEN "what does X mean" is followed by a clause saying where X is used
        ParsedQuestion q = parser.parse("what does RF mean when people talk about CNN layers");

        // THEN X alone is asked about: the clause after the frame's "mean" does not make X a description
        assertAsksAbout(q, "rf");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what is sampling bias exactly                                                       | sampling bias
            prof brought up sampling bias when talking about election polls, what is sampling bias exactly | sampling bias
            """)
    void parse_nounTheTaggerReadsAsASubordinator_isANounOfThePhrase(String text, String phrase) {
        // WHEN the tagger reads a noun of the phrase as a subordinating conjunction ("bias/SCONJ"), a closed class of
        // English that does not hold it
        ParsedQuestion q = parser.parse(text);

        // THEN it is a noun of the phrase asked about, so the later question is not read as pointing back at a
        // description before it
        assertAsksAbout(q, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            doing the practice test, q7 asks about the preamble of an ethernet frame and i have zero clue haha
            hw q3 wants the standard error of the mean and im blanking
            the slides keep saying summary statistics and i dont know if thats a specific thing
            """)
    void parse_statementWhereTheWriterSaysTheyDoNotKnow_asks(String text) {
        // WHEN a statement with no question word says the writer does not know something
        ParsedQuestion q = parser.parse(text);

        // THEN it asks, as a request for help does
        assertThat(q.intent()).as(text).isEqualTo(Intent.DEFINE);
    }

    @Test
    void parse_statementWithoutNotKnowing_asksNothing() {
        // WHEN a statement names a term but neither asks nor says the writer does not know
        ParsedQuestion q = parser.parse("hw q3 wants the standard error of the mean and its due tomorrow");

        // THEN nothing is asked
        assertThat(q.intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void parse_chatInterjectionTheTaggerReadsAsAFunctionWord_isAnInterjection() {
        // WHEN a chat interjection opens the message ("ugh", "bruh")
        ParsedQuestion q = parser.parse("ugh what is a hub");

        // THEN it is an interjection, and the phrase asked about is the one after the frame
        assertThat(q.words()).filteredOn(w -> w.norm().equals("ugh")).singleElement()
                .extracting(Word::pos).isEqualTo("INTJ");
        assertAsksAbout(q, "hub");
    }

    @Test
    void parse_mannerAdjunctClosingAMessageWithNoFrame_isNoPartOfThePhrase() {
        // WHEN a term typed with a question mark is followed by how to explain it
        ParsedQuestion q = parser.parse("CLT in simple words?");

        // THEN the term alone is asked about
        assertAsksAbout(q, "clt");
    }

    @Test
    void parse_comparisonsAdjectiveTheTaggerReadsAsANoun_isAnAdjective() {
        // WHEN "different" before "from" is read by the tagger as a noun after the first name compared
        ParsedQuestion q = parser.parse("How is a one-sample test different from a two-sample test?");

        // THEN it is an adjective, and the message compares
        assertThat(q.words()).filteredOn(w -> w.norm().equals("different")).singleElement()
                .extracting(Word::pos).isEqualTo("ADJ");
        assertThat(q.intent()).isEqualTo(Intent.COMPARE);
    }

    /** {@code q} asks what its phrase means, and the phrase is {@code phrase}. */
    private static void assertAsksAbout(ParsedQuestion q, String phrase) {
        assertThat(q.intent()).as(q.text()).isEqualTo(Intent.DEFINE);
        assertThat(q.description()).as(q.text()).isEqualTo(phrase);
    }
}
