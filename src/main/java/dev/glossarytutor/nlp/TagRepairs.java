package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Corrections to the words of a question where the tagger misreads its question words: chat
 * spellings of "what", question words tagged as nouns, unknown words tagged as pronouns or
 * determiners, the closing verb of "what does X control" tagged as a noun, and verbs read inside
 * the X of "what does X mean".
 */
final class TagRepairs {
    /** The pronouns of English (and their chat spellings), a closed class. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
            "this", "that", "these", "those", "there", "one", "ones", "oneself", "anyone", "anybody", "anything",
            "everyone", "everybody", "everything", "someone", "somebody", "something", "noone", "nobody", "nothing",
            "none", "whatever", "whoever", "whichever", "whomever", "each", "other", "another", "all", "both",
            "either", "neither", "some", "any", "many", "much", "few", "several", "such", "u", "ya", "ur", "yall",
            "smth", "sth", "sb", "thats", "theres", "theyre", "youre", "s");

    /**
     * The determiners of English that are not also pronouns (and their chat spellings), a closed class,
     * and function words the tagger reads as determiners ("tho", "vs", "is").
     */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "no", "every", "enough", "half",
            "whose", "what", "which", "da", "teh", "tha", "ye", "tho", "vs", "is");

    /**
     * The prepositions, subordinating conjunctions and particles of English (and their chat spellings), closed
     * classes, with the verb forms typed without an apostrophe that the tagger reads as one of them ("arent", "itll"):
     * any other word it reads as a subordinator or a particle is a noun it did not know ("what is sampling bias/SCONJ
     * exactly", "what does relu/PART do"). Prepositions are in the class because the tagger reads them as
     * subordinators too ("of/SCONJ").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("aboard", "about", "above", "abt", "across", "after",
            "against", "along", "alongside", "although", "amid", "among", "amongst", "apart", "around", "as", "aside",
            "at", "atop", "away", "back", "bc", "because", "before", "behind", "below", "beneath", "beside", "besides",
            "between", "beyond", "but", "by", "cause", "concerning", "coz", "cuz", "despite", "down", "during",
            "except", "for", "forth", "forwards", "from", "if", "in", "inside", "into", "lest", "like", "minus", "near",
            "next", "not", "of", "off", "on", "once", "onto", "opposite", "out", "outside", "over", "past", "per",
            "plus", "regarding", "round", "since", "so", "than", "that", "though", "through", "throughout", "thru",
            "till", "til", "to", "toward", "towards", "under", "underneath", "unless", "unlike", "until", "up", "upon",
            "versus", "via", "vs", "when", "whenever", "where", "whereas", "wherever", "whether", "while", "with",
            "within", "without", "wrt",
            "n", "nt", "im", "ive", "itll", "wanna", "gonna", "gotta", "arent", "isnt", "doesnt", "dont", "didnt",
            "cant", "wont", "wouldnt", "shouldnt", "couldnt", "wasnt", "werent", "havent", "hasnt");

    /**
     * The tags whose words are checked against {@link #FUNCTION_WORDS}. Not a preposition's: the tagger's prepositions
     * outside the class are as often adverbs as nouns ("beforehand", "asleep"), and reading them as nouns cost a
     * deep-learning answer.
     */
    private static final Set<String> FUNCTION_TAGS = Set.of("SCONJ", "PART");

    /** Chat's interjections ("ugh", "bruh", "yo"), a closed class: they ask about nothing, whatever the tagger says. */
    private static final Set<String> INTERJECTIONS = Set.of("ugh", "ughh", "bruh", "yo", "oof", "welp", "hmm", "hmmm",
            "um", "umm", "uh", "huh", "ah", "oh", "wow", "yay", "meh", "oops", "whoa", "phew", "yikes");

    /** A comparison's adjective and its preposition, as {@code Comparison} reads them. */
    private static final Set<String> COMPARED_PREDICATES = Set.of("different from", "different than",
            "similar to");

    /** Suffixes that make nouns and never adjectives or adverbs ("-ness", "-ity", "-ation", "-age", "-ency"). */
    private static final Set<String> NOUN_SUFFIXES = Set.of("tion", "sion", "ment", "ness", "ity", "ance", "ence",
            "ism", "age", "ship", "hood", "ncy", "acy");
    /** Shorter words with those endings are often other words ("page", "city", "since"). */
    private static final int NOUN_SUFFIX_MIN_LENGTH = 6;
    /** Endings of the third person that only verbs have ("generalizes", "analyzes", "classifies"). */
    private static final Set<String> VERB_SUFFIXES = Set.of("izes", "yzes", "ifies");
    /** Shorter stems make nouns ("sizes", "prizes"). */
    private static final int VERB_STEM_MIN_LENGTH = 4;

    /**
     * Chat's abbreviated asides ("idk", "tbh", "ngl", "btw", "imo", "omg", "rn"), a closed class of chat English:
     * they say how the writer feels or when, never what is asked about, yet the tagger reads them as nouns.
     */
    private static final Set<String> CHAT_ASIDES = Set.of("idk", "idc", "tbh", "tbf", "ngl", "imo", "imho", "btw",
            "iirc", "afaik", "fwiw", "omg", "omfg", "lol", "lmao", "lmfao", "rofl", "smh", "ikr", "rn", "pls", "plz",
            "thx", "tysm", "jk", "nvm", "fyi", "istg", "lowkey", "highkey");

    /** The words of a tag question ("..., right?", "... correct?"). */
    private static final Set<String> TAG_QUESTIONS = Set.of("right", "correct", "yeah", "yes");

    /** Prefixes students write as words of their own ("non probability sampling", "multi class"). */
    private static final Set<String> DETACHED_PREFIXES = Set.of("non", "anti", "multi", "semi", "pre", "post", "sub",
            "inter", "intra", "pseudo");

    private static final Set<String> WHAT_TYPOS = Set.of("wat", "wht", "waht", "whta", "wut", "wats", "whts", "wahts",
            "wuts");

    /** Question words that take "do" before the subject: "what does ...", "how did ...". */
    private static final Set<String> DO_QUESTION_WORDS = Set.of("what", "how", "why", "where", "when");
    /** The forms of "be" that open a "what is X" question. */
    private static final Set<String> COPULAS = Set.of("is", "are", "s", "was", "were");
    /** The pronouns that are the subject of a "do" question: "how do you ...", "why do we ...". */
    private static final Set<String> DO_SUBJECTS = Set.of("you", "u", "i", "we", "they");
    /** Parts of speech that open the object after that verb: "augment images", "augment the data". */
    private static final Set<String> VERB_OBJECT_START = Set.of("NOUN", "DET", "PRON", "ADJ", "NUM");
    /** The adverbs without -ly that stand before a verb ("what does X even mean"), a closed class. */
    private static final Set<String> ADVERBS = Set.of("even", "just", "still", "ever", "also", "always", "never",
            "again", "too", "now", "then", "here", "there", "so", "not", "n't", "rather", "quite", "much", "more",
            "most", "well", "often", "sometimes", "already", "yet", "anyway", "else");

    private TagRepairs() {
    }

    static List<Word> repair(List<Word> words) {
        return fixCopulaComplement(fixInfinitives(fixSubjectOfMean(fixVerbAfterDoSubject(fixSubjectAfterDo(fixDoSupportVerb(
                fixWhTags(fixPresentTenseVerbs(fixNounSuffixes(fixClosedClassTags(fixDetachedPrefixes(
                        fixGerundSubjects(fixNounPhraseEnds(fixComparedPredicates(fixChatAsides(fixWhTypo(
                                words))))))))))))))));
    }

    /**
     * The adjective of a comparison before the preposition that takes what is compared ("different from", "different
     * than", "similar to") is an adjective, whatever the tagger says: "how is a one-sample test different/NOUN from a
     * two-sample test" would otherwise read "different" as a noun after the name, making another concept of it.
     */
    private static List<Word> fixComparedPredicates(List<Word> words) {
        return retag(words, 0, words.size() - 1, "ADJ", i -> !words.get(i).pos().equals("ADJ")
                && COMPARED_PREDICATES.contains(words.get(i).norm() + " " + words.get(i + 1).norm()));
    }

    /** Chat spellings of "what" ("wat is an epoch", "wht's a tensor") read as "what". */
    private static List<Word> fixWhTypo(List<Word> words) {
        if (words.isEmpty() || !WHAT_TYPOS.contains(words.get(0).norm())) {
            return words;
        }
        Word w = words.get(0);
        String what = w.norm().endsWith("s") ? "whats" : "what";
        List<Word> fixed = new ArrayList<>(words);
        fixed.set(0, new Word(what, what, Set.of(what), w.token(), "PRON"));
        return fixed;
    }

    /**
     * A word in -ing the tagger calls an adjective, between a noun and a verb, ends a compound that is the verb's
     * subject: "probability sampling/ADJ came up", as no adjective follows the noun it describes.
     */
    private static List<Word> fixGerundSubjects(List<Word> words) {
        return retag(words, 1, words.size() - 1, "NOUN", i -> {
            Word w = words.get(i);
            Word next = words.get(i + 1);
            return w.pos().equals("ADJ") && w.norm().endsWith("ing") && words.get(i - 1).pos().equals("NOUN")
                    && (next.pos().equals("VERB") || next.pos().equals("AUX"));
        });
    }

    /**
     * A verb in its bare form right after a singular noun that opens the message ends that noun phrase as its head:
     * "sample mean definition", "sample mean?". A bare form needs "do", a modal or "to" before it, or a plural
     * subject. (After "what is the ...", measured, it also read students' "what is the X mean" for "what does X
     * mean" as a noun phrase.)
     */
    private static List<Word> fixNounPhraseEnds(List<Word> words) {
        return retag(words, 1, words.size(), "NOUN", i -> {
            Word w = words.get(i);
            Word before = words.get(i - 1);
            if (!w.pos().equals("VERB") || !bareForm(w.norm()) || !before.pos().equals("NOUN")
                    || before.norm().endsWith("s") || w.token() != before.token() + 1) {
                return false;
            }
            int start = i - 1;
            while (start > 0 && words.get(start - 1).pos().equals("NOUN")
                    && words.get(start - 1).token() + 1 == words.get(start).token()) {
                start--;
            }
            return start == 0;
        });
    }

    /** A verb form with no ending of tense or person: "mean", not "means", "meant", "meaning" or "measured". */
    private static boolean bareForm(String verb) {
        return !verb.endsWith("s") && !verb.endsWith("ed") && !verb.endsWith("ing") && !verb.endsWith("nt");
    }

    /** A prefix written as a word of its own before a noun or an adjective modifies it: "non/ADV probability". */
    private static List<Word> fixDetachedPrefixes(List<Word> words) {
        return retag(words, 0, words.size() - 1, "ADJ", i -> DETACHED_PREFIXES.contains(words.get(i).norm())
                && !words.get(i).pos().equals("ADJ")
                && (words.get(i + 1).isNounLike() || words.get(i + 1).pos().equals("ADJ")));
    }

    /**
     * Chat's abbreviated asides ({@link #CHAT_ASIDES}) and its interjections ({@link #INTERJECTIONS}) are interjections,
     * whatever the tagger says.
     */
    private static List<Word> fixChatAsides(List<Word> words) {
        return retag(words, 0, words.size(), "INTJ", i -> CHAT_ASIDES.contains(words.get(i).norm())
                || INTERJECTIONS.contains(words.get(i).norm())
                || tagQuestion(words, i));
    }

    /**
     * Word {@code i} is a tag question's "right" after a noun, ending its sentence ("the transport layer is the one with
     * tcp right? what does it do"): it asks to be agreed with and is no word of the noun phrase before it.
     */
    private static boolean tagQuestion(List<Word> words, int i) {
        boolean ends = i + 1 == words.size() || words.get(i + 1).token() > words.get(i).token() + 1;
        return ends && i > 0 && TAG_QUESTIONS.contains(words.get(i).norm()) && words.get(i - 1).isNounLike()
                && words.get(i - 1).token() == words.get(i).token() - 1;
    }

    /**
     * A word tagged as a finite verb right after "what is" or "what are" that ends the message is the noun asked
     * about: "what are logits/VERB". A copula takes no finite verb after it; "what is happening" keeps its -ing.
     */
    private static List<Word> fixCopulaComplement(List<Word> words) {
        return retag(words, Math.max(2, words.size() - 1), words.size(), "NOUN", last -> {
            String norm = words.get(last).norm();
            return words.get(last).pos().equals("VERB") && COPULAS.contains(words.get(last - 1).norm())
                    && QuestionWords.CLAUSE_WH.contains(words.get(last - 2).norm())
                    && !(norm.endsWith("ing") || norm.endsWith("ed") || norm.endsWith("en"));
        });
    }

    /**
     * A question word is never a noun, whatever the tagger says: "whats" read as a noun in
     * "instance segmentation vs semantic segmentation whats the difference" would extend a name
     * into a longer noun phrase.
     */
    private static List<Word> fixWhTags(List<Word> words) {
        return retag(words, 0, words.size(), "PRON",
                i -> words.get(i).isNounLike() && QuestionWords.QUESTION_WORDS.contains(words.get(i).norm()));
    }

    /**
     * A word the tagger calls a pronoun, a determiner, a subordinator or a particle but English does not know as one
     * (nor as an adverb) is a noun:
     * an unknown short word after "what is" ("what is hex", "what is OSI") is often tagged as a
     * pronoun, and would then be read as pointing back at something said before, leaving nothing
     * asked about; "alpha" in "what is alpha in hypothesis testing" is tagged as a determiner, and
     * would leave only the name after it asked about; "bias" in "what is sampling bias/SCONJ exactly" would end the
     * name early. A word in -ly before a verb is an adverb: "idk what that formally/PRON means".
     */
    private static List<Word> fixClosedClassTags(List<Word> words) {
        List<Word> adverbs = retag(words, 0, words.size() - 1, "ADV", i -> misreadAsClosedClass(words.get(i))
                && words.get(i).norm().endsWith("ly") && words.get(i + 1).pos().equals("VERB"));
        return retag(adverbs, 0, adverbs.size(), "NOUN", i -> misreadAsClosedClass(adverbs.get(i)));
    }

    private static boolean misreadAsClosedClass(Word w) {
        String norm = w.norm();
        boolean otherClass = PRONOUNS.contains(norm) || DETERMINERS.contains(norm)
                || QuestionWords.QUESTION_WORDS.contains(norm);
        if (FUNCTION_TAGS.contains(w.pos())) {
            return !otherClass && !FUNCTION_WORDS.contains(norm) && !CHAT_ASIDES.contains(norm)
                    && !ADVERBS.contains(norm) && !norm.endsWith("ly");
        }
        boolean closedClass = w.pos().equals("PRON") || w.pos().equals("DET");
        return closedClass && !otherClass;
    }

    /**
     * A word the tagger calls an adjective or an adverb that ends in a suffix only nouns take is a noun when
     * no noun follows it: "our survey has undercoverage/ADJ and ..." (the tagger reads "has" as an auxiliary).
     * Unknown words are where the tagger guesses, and course words are often long derived nouns.
     */
    private static List<Word> fixNounSuffixes(List<Word> words) {
        return retag(words, 0, words.size(), "NOUN", i -> {
            Word w = words.get(i);
            boolean beforeANoun = i + 1 < words.size() && words.get(i + 1).isNounLike();
            return (w.pos().equals("ADJ") || w.pos().equals("ADV")) && !beforeANoun && hasNounSuffix(w.norm());
        });
    }

    /**
     * A word in -s the tagger calls a noun, after a singular noun, is a verb in the present tense when a determiner
     * follows it ("when a device shouts/NOUN a message", "the layer that squashes/NOUN the values": two nouns and
     * then a determiner make no noun phrase) or when it ends as only verbs do ("how well a model generalizes/NOUN").
     */
    private static List<Word> fixPresentTenseVerbs(List<Word> words) {
        return retag(words, 1, words.size(), "VERB", i -> {
            Word w = words.get(i);
            Word before = words.get(i - 1);
            boolean afterSingular = (before.pos().equals("NOUN") && !before.norm().endsWith("s")
                    || before.pos().equals("PRON")) && w.token() == before.token() + 1;
            boolean beforeDeterminer = i + 1 < words.size() && words.get(i + 1).pos().equals("DET")
                    && DETERMINERS.contains(words.get(i + 1).norm()) && !reducedRelativeAfter(words, i + 1);
            return afterSingular && w.pos().equals("NOUN") && w.norm().endsWith("s") && !w.norm().endsWith("ss")
                    && (beforeDeterminer || hasVerbSuffix(w.norm()));
        });
    }

    /** "-izes", "-yzes", "-ifies" after a stem of four letters or more: "generalizes", "analyzes", "classifies" (not "sizes"). */
    private static boolean hasVerbSuffix(String word) {
        return VERB_SUFFIXES.stream().anyMatch(s -> word.endsWith(s) && word.length() - s.length() >= VERB_STEM_MIN_LENGTH);
    }

    /**
     * The noun phrase starting at {@code det} is the subject of a clause without "that": "the data packets / a
     * router sends", where the word before it is a noun after all.
     */
    private static boolean reducedRelativeAfter(List<Word> words, int det) {
        int j = det + 1;
        while (j < words.size() && (words.get(j).isNounLike() || words.get(j).pos().equals("ADJ"))) {
            j++;
        }
        return j < words.size() && (words.get(j).pos().equals("VERB") || words.get(j).pos().equals("AUX"));
    }

    private static boolean hasNounSuffix(String word) {
        return word.length() > NOUN_SUFFIX_MIN_LENGTH && NOUN_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    /**
     * In "what does X mean" the verb is "mean" and X is its subject, a noun phrase: a word of X the
     * tagger reads as a verb or an adverb ("what does weight decay/ADV mean", "undercoverage/VERB
     * bias") is a noun, so that "decay" after the name Weights makes another concept as it does in "weight decay".
     * Words ending in -ing stay as tagged: whether they head a compound is read elsewhere.
     */
    private static List<Word> fixSubjectOfMean(List<Word> words) {
        if (words.size() < 4 || !words.get(0).norm().equals("what")
                || !QuestionWords.DO_FORMS.contains(words.get(1).norm())) {
            return words;
        }
        int mean = -1;
        for (int i = 2; i < words.size() && mean < 0; i++) {
            if (QuestionWords.MEAN.contains(words.get(i).norm())) {
                mean = i;
            }
        }
        return retag(words, 2, mean, "NOUN", i -> {
            Word w = words.get(i);
            return w.pos().equals("VERB") && !w.norm().endsWith("ing") || w.pos().equals("ADV") && !isAdverb(w.norm());
        });
    }

    /**
     * A word the tagger calls a noun right after the infinitive marker "to" is a verb: "to" tagged as a
     * particle, or after "mean", whatever its tag ("what does it mean to/ADP sample/NOUN with replacement").
     */
    private static List<Word> fixInfinitives(List<Word> words) {
        return retag(words, 1, words.size(), "VERB", i -> {
            Word to = words.get(i - 1);
            Word w = words.get(i);
            boolean infinitive = to.norm().equals("to")
                    && (to.pos().equals("PART") || i >= 2 && QuestionWords.MEAN.contains(words.get(i - 2).norm()));
            return infinitive && w.pos().equals("NOUN") && w.token() == to.token() + 1;
        });
    }

    /**
     * {@code words} with every word in [from, to) that {@code misread} picks given the tag {@code pos}; the same
     * list when none is. {@code misread} reads the words as the tagger left them, never an earlier retagging.
     */
    private static List<Word> retag(List<Word> words, int from, int to, String pos, IntPredicate misread) {
        List<Word> fixed = null;
        for (int i = from; i < to; i++) {
            if (misread.test(i)) {
                if (fixed == null) {
                    fixed = new ArrayList<>(words);
                }
                fixed.set(i, words.get(i).withPos(pos));
            }
        }
        return fixed == null ? words : fixed;
    }

    /** An adverb that may stand in "what does X really mean": one in -ly, or a short one of {@link #ADVERBS}. */
    private static boolean isAdverb(String word) {
        return word.endsWith("ly") || ADVERBS.contains(word);
    }

    /**
     * In "what does the batch size control?" the last word is the question's main verb, but the
     * tagger often reads it as a noun, which would make "batch size control" one noun phrase. The
     * question may open the message or follow a break: "quick one: what does the transport layer handle".
     */
    private static List<Word> fixDoSupportVerb(List<Word> words) {
        int k = words.size() - 4;
        while (k > 0 && !(opensDoQuestion(words, k) && words.get(k - 1).token() + 1 < words.get(k).token())) {
            k--;
        }
        if (k < 0 || !opensDoQuestion(words, k)) {
            return words;
        }
        Word last = words.get(words.size() - 1);
        if (!last.isNounLike()) {
            return words;
        }
        List<Word> fixed = new ArrayList<>(words);
        fixed.set(words.size() - 1, last.withPos("VERB"));
        return fixed;
    }

    private static boolean opensDoQuestion(List<Word> words, int k) {
        return DO_QUESTION_WORDS.contains(words.get(k).norm()) && QuestionWords.DO_FORMS.contains(words.get(k + 1).norm());
    }

    /**
     * Between "do" and the bare verb of a question stands its subject, which the tagger may read as a verb when it is
     * a plural noun, its "-s" taken for a verb's: "why do computers/VERB need/VERB protocols". (A gerund subject stays a
     * verb form: "what does multicasting mean" is matched as the verb of a name.)
     */
    private static List<Word> fixSubjectAfterDo(List<Word> words) {
        return retag(words, 1, words.size() - 1, "NOUN", i -> {
            Word aux = words.get(i - 1);
            return QuestionWords.DO_FORMS.contains(aux.norm()) && aux.pos().equals("AUX")
                    && words.get(i).pos().equals("VERB") && words.get(i + 1).pos().equals("VERB")
                    && words.get(i).norm().endsWith("s") && !words.get(i).norm().endsWith("ss")
                    && words.get(i).token() == aux.token() + 1 && words.get(i + 1).token() == words.get(i).token() + 1;
        });
    }

    /**
     * After "do" and a pronoun subject comes the bare verb, which the tagger may read as a noun: "how do you
     * augment/NOUN images". (Not a plural: "what do you guys think".)
     */
    private static List<Word> fixVerbAfterDoSubject(List<Word> words) {
        return retag(words, 2, words.size() - 1, "VERB", i -> {
            Word w = words.get(i);
            return QuestionWords.DO_FORMS.contains(words.get(i - 2).norm()) && DO_SUBJECTS.contains(words.get(i - 1).norm())
                    && w.pos().equals("NOUN") && (!w.norm().endsWith("s") || w.norm().endsWith("ss"))
                    && w.token() == words.get(i - 1).token() + 1 && VERB_OBJECT_START.contains(words.get(i + 1).pos());
        });
    }
}
