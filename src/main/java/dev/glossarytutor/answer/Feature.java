package dev.glossarytutor.answer;

/**
 * The signals the learned scorer weighs for one candidate entry of one question. Each is cheap:
 * a name match, a lexical score, or a similarity from the one embedding of the question. The
 * weights live in {@code match-tuning.json}; {@code tune} fits them.
 */
public enum Feature {
    NAME("how exactly one of the entry's names is spelt in the message: 1 exact, ~0.95 inflected or joined, less for typos"),
    NAME_EXACT("the name is spelt exactly as the glossary writes it (not inflected, joined or misspelt)"),
    NAME_BEST("no other entry's name is spelt more exactly in the message (type 2 error is Type II, not a typo of Type I)"),
    NAME_TYPO("the best name spelt in the message is found only as a typo"),
    NAME_CONFLICT("nouns right after the name make it another concept (weight decay is not Weights)"),
    NAME_PREMODIFIED("words right before the name make it another concept (a proxy server is not Server)"),
    NAME_IN_PHRASE("the name lies inside the phrase the question asks about"),
    NAME_COVERS_PHRASE("share of the asked-about phrase's content words that the name spells"),
    NAME_WORDS("how many words the matched name has, up to four, as a share of four"),
    NAME_IN_FRAME("the name lies before the asked-about phrase, in the question's frame (what does X mean)"),
    NAME_AS_VERB("the name is one word the tagger reads as a verb (mean, sample, range used as words)"),
    NAME_DERIVED("the name is one the glossary implies but does not write: an initialism (CLT) or a unique head noun (switch)"),
    UNCOVERED_NOUNS("nouns of the asked-about phrase outside the name, up to two, as a share of two (analysis of variance)"),
    NAME_INSIDE_LONGER("another entry's name spans this one and more (Range inside interquartle range)"),
    NAME_IN_COMPLEMENT("the name follows a preposition after another noun of the phrase (analysis of variance, power over ethernet)"),
    ASKS_MEANING("a frame asks what something is or means, or the message is a bare term"),
    ASKS_MEANING_NAME("asks-meaning times NAME: a name asked about, not merely mentioned"),
    NAME_OVERLAP("largest share of one of the entry's names' words that occur in the asked-about phrase"),
    KIND_OF("the phrase names a kind of the entry (the tanh function is an Activation function)"),
    NAMED_IN_DESCRIPTION("the entry is named inside a description, after its head: context, rarely the answer"),
    PARTIAL_PHRASE("share of the asked-about phrase's content words that one of the entry's names spells, word by word, allowing stems and truncations (stratified sampling, prob dist)"),
    PARTIAL_NAME("share of that name's content words the phrase spells"),
    PARTIAL_BOTH("partial-phrase times partial-name: 1 when phrase and name are the same words up to stems and truncations"),
    PARTIAL_ABBREVIATED("a phrase word matched that name only as a truncation (pop for population): the share of the phrase that name spells, so a truncation inside a long description counts little"),
    PARTIAL_SAME_HEAD("1 when the phrase's last content word spells that name's last (probability sample), 0.5 when it is not a noun so the name's head was left out (unicast for Unicast transmission), 0 for a noun spelling only a modifier (gradient for Gradient descent)"),
    PARTIAL_EXTRA_KNOWN("share of the phrase's words outside that name that the glossary uses elsewhere (effect size: is effect a glossary word?)"),
    SEMANTIC("cosine similarity of the question to the entry's best definition chunk, minus the model's floor"),
    SEMANTIC_GAP("that similarity minus the best similarity of any entry (0 for the best)"),
    DEFINITION_SEMANTIC("cosine similarity of the question to the entry's whole definition (not its best sentence), minus the model's floor"),
    LEXICAL("saturated BM25 of the question's words on the entry's definition and names"),
    LEXICAL_GAP("that score minus the best of any entry (0 for the best)"),
    DESCRIBE("the question describes a term (what do you call ...)"),
    DESCRIBE_SEMANTIC("describe times SEMANTIC: meaning counts most in a description"),
    DESCRIBE_NAME("describe times NAME: a name inside a description is weaker evidence"),
    NOT_A_QUESTION("the message has no question form: a name in it is chatter more often than a question"),
    NOT_A_QUESTION_NAME("not-a-question times NAME"),
    LONG_PHRASE("the asked-about phrase has four or more content words and no one name spells it whole"),
    LONG_PHRASE_SEMANTIC("long-phrase times SEMANTIC: a long phrase is usually a description"),
    LONG_PHRASE_SEMANTIC_GAP("long-phrase times SEMANTIC_GAP"),
    LONG_PHRASE_NAME("long-phrase times NAME: a long phrase around a short name is often a description");

    private final String meaning;

    Feature(String meaning) {
        this.meaning = meaning;
    }

    /** What the feature measures, as written beside its weight in the tuning file. */
    public String meaning() {
        return meaning;
    }
}
