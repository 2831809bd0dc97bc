package dev.glossarytutor.nlp;

import java.util.Set;

/** The closed classes of English words that several parts of question parsing read. */
public final class QuestionWords {
    /** Words that open a question or a request: "what ...", "define ...", "is ...", "can ...". */
    static final Set<String> WH = Set.of("what", "whats", "which", "who", "how", "why", "where", "when", "define",
            "explain", "eli5", "describe", "meaning", "definition", "tell", "is", "are", "does", "do", "can", "could");

    /** The question words proper. */
    static final Set<String> QUESTION_WORDS = Set.of("what", "whats", "which", "who", "whom", "whose",
            "how", "why", "where", "when");

    /** Question words that ask something when they open a later clause: "..., which comes first". */
    static final Set<String> CLAUSE_WH = Set.of("what", "whats", "which", "how", "why");

    /** The pronouns that open a clause of their own as its subject: "... and it asks about", "instead of X I started". */
    public static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "u", "we", "they", "he", "she", "it");

    /** The personal pronouns that are the subject of a clause: "which you then try to ...". */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("i", "you", "u", "we", "they", "he", "she");

    /**
     * "which" before a subject opens a relative clause about what precedes it ("no effect, which you then try to find
     * evidence against"), not a question, which puts the verb or a noun after it ("which comes first", "which one").
     */
    static boolean opensARelativeClause(String wh, String next) {
        return wh.equals("which") && PERSONAL_SUBJECTS.contains(next);
    }

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "some", "any");

    /**
     * Adverbs of emphasis or hedging that may close a question without belonging to its phrase ("what is mean
     * exactly", "what does a router actually do", "what is it tho") or stand before its frame ("and honestly what
     * does X mean"); a closed class of English.
     */
    static final Set<String> HEDGES = Set.of("exactly", "actually", "really", "even", "precisely", "anyway",
            "anyways", "basically", "again", "tho", "though", "specifically", "literally", "honestly", "please", "just",
            "simply");
    /** Demonstratives, as determiners ("that number you get") or pointing back ("that term"). */
    static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /**
     * Words that open a clause or phrase saying more of the noun before them: "the layer that ...",
     * "the data split used to ...", "a matrix for ...".
     */
    static final Set<String> RELATIVE = Set.of("that", "which", "where", "whose", "who", "when", "used", "to", "for");

    /** The forms of "do": the auxiliary of "what does X mean" and the verb closing "what X does". */
    static final Set<String> DO_FORMS = Set.of("do", "does", "did");

    /**
     * Nouns that ask for a meaning when they close a noun phrase ("RV meaning", "variance def"), with chat's clippings
     * of "definition"; after a name they say what kind of thing it is, never another concept.
     */
    public static final Set<String> MEANING_NOUNS = Set.of("meaning", "definition", "def", "defn");

    /**
     * Words of quantity before a noun ("how many epochs", "more layers"): they count it and never make another
     * concept of it; a closed class of English.
     */
    public static final Set<String> QUANTIFIERS = Set.of("many", "much", "few", "fewer", "more", "most", "less",
            "least", "several", "enough", "lots");

    /**
     * Words after which the writer's not knowing opens an embedded question: "no idea what X means", "not sure what
     * X is", "any clue what ...", "idk what ..."; a closed class of English and its chat spellings.
     */
    static final Set<String> NOT_KNOWING = Set.of("idea", "clue", "sure", "unsure", "certain", "idk", "dunno",
            "wondering");

    /** The verb that closes "what does X mean". */
    static final Set<String> MEAN = Set.of("mean", "means", "meant");

    /** The verbs that close an embedded question about a meaning: "what X is", "what X means", "what X stands for". */
    static final Set<String> EMBEDDED_VERBS = Set.of("is", "are", "was", "were", "means", "mean", "meant", "stands",
            "stand");

    /**
     * Nouns (lemmas) for the course material a term was met in: they say where, never which concept ("the minibatch
     * slide", "for this hw"). Not "assignment", which makes concepts of its own ("random assignment"), nor "quiz",
     * "exam", "lab", "section" or "example", measured and not kept.
     */
    public static final Set<String> COURSE_MATERIAL = Set.of("slide", "lecture", "video", "chapter", "homework", "hw",
            "textbook", "worksheet", "pset", "reading");

    private QuestionWords() {
    }
}
