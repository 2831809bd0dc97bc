package dev.glossarytutor.match;

import dev.glossarytutor.nlp.QuestionWords;
import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.nlp.Spelling;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds glossary names in text: exact names, aliases and hidden variants; inflections and
 * British spellings; joined or split words ("latentspace", "u net"); typos within a budget that
 * grows with word length. It also flags a name that is only part of a larger noun phrase naming
 * something else ("weight" in "weight decay"), which must not be answered as that term.
 */
public final class TermMatcher {
    /** Head nouns that name a kind of thing rather than a different concept ("pooling layer"). */
    private static final Set<String> CLASS_NOUNS = Stream.concat(Stream.of("layer", "function",
            "method", "technique", "concept", "process", "algorithm", "architecture", "operation", "procedure",
            "approach", "thing", "term", "idea", "word", "value", "step", "property", "problem", "task", "model",
            "network", "block", "unit", "stuff", "part", "type", "kind"), QuestionWords.MEANING_NOUNS.stream())
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Words the tagger calls nouns that never extend a noun phrase: conjunctions, times, and verbs
     * with no noun sense ("how does a kernel differ from ...").
     */
    private static final Set<String> NOT_EXTENSIONS = Set.of("vs", "versus", "v", "and", "or", "today", "tomorrow",
            "yesterday", "tonight", "now", "please", "pls", "thanks", "differ", "differs");

    /** Parts of speech that never modify a name; the tagger's other tags are trusted less (it reads "quota" as DET). */
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ",
            "PUNCT", "SYM", "ADV");

    /** Auxiliaries that open a question before the subject of its main verb: "why do computers need ...". */
    private static final Set<String> INVERTED_AUXILIARIES = Set.of("do", "does", "did", "can", "could", "would",
            "should", "will", "might", "must");
    /** Parts of speech inside the subject of an inverted question besides its nouns: "does a simple router use". */
    private static final Set<String> SUBJECT_WORDS = Set.of("DET", "ADJ", "NUM");

    /** The forms of "be" that join a noun to its predicate ("events are dependent", "a sample to be representative"). */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** Parts of speech of a predicate that is a name's modifier. */
    private static final Set<String> PREDICATE_POS = Set.of("ADJ", "VERB");
    /** How exact a name said as its noun and a predicate is: as a name split in two ({@link NameHit#score}). */
    private static final double PREDICATE_SCORE = 0.95;

    /** Names have at most this many words, plus two for split spellings ("hyper parameter"). */
    private static final int MAX_SPAN = 7;

    private final List<NameForm> names;
    private final Map<Entry, List<NameForm>> byEntry = new HashMap<>();
    private final Map<Entry, Set<String>> vocabulary;
    /**
     * Where a name can start, so that a question looks at the names that may start at each of its
     * words instead of at every name: by the first letter of the name's spelling, and by the
     * canonical form and every form of its first word (what {@link Word#sameAs} compares).
     * Values are indexes into {@link #names}, ascending.
     */
    private final Map<Character, int[]> byFirstLetter;
    private final Map<String, int[]> byFirstCanon;
    private final Map<String, int[]> byFirstForm;
    /** By the sound of the name's first word, for names spelt by ear ("fysical layer"). */
    private final Map<String, int[]> byFirstSound;
    private final KindsOf kinds;
    private final PartialNames partialNames;
    private final VerbObjectNames verbObjects;
    private final NominalisedNames nominalised;

    public TermMatcher(Glossary glossary, GlossaryWords analysed) {
        KnownWords.preload();
        this.names = new ArrayList<>();
        this.vocabulary = new HashMap<>();
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(glossary);
        for (Entry e : glossary.entries()) {
            Set<String> vocab = new HashSet<>();
            List<NameForm> own = byEntry.computeIfAbsent(e, k -> new ArrayList<>());
            List<String> written = e.allNames();
            List<DerivedName> implied = derived.getOrDefault(e, List.of());
            Set<String> typedInCapitals = namesOfKind(implied, DerivedName.Kind.CASED_INITIALISM);
            Set<String> modifiers = namesOfKind(implied, DerivedName.Kind.LEADING_WORD);
            for (String name : java.util.stream.Stream.concat(written.stream(), implied.stream().map(DerivedName::name))
                    .toList()) {
                List<Word> words = analysed.of(name);
                if (words.isEmpty()) {
                    continue;
                }
                boolean isImplied = !written.contains(name);
                NameForm form = new NameForm(e, name, words,
                        words.stream().map(Word::canon).collect(Collectors.joining()),
                        words.stream().map(Word::norm).collect(Collectors.joining()), isImplied,
                        isImplied && typedInCapitals.contains(name), isImplied && modifiers.contains(name));
                names.add(form);
                own.add(form);
                words.forEach(w -> vocab.addAll(w.forms()));
            }
            analysed.of(e.definition()).forEach(w -> vocab.addAll(w.forms()));
            vocabulary.put(e, vocab);
        }
        Map<Character, List<Integer>> letters = new HashMap<>();
        Map<String, List<Integer>> canons = new HashMap<>();
        Map<String, List<Integer>> forms = new HashMap<>();
        Map<String, List<Integer>> sounds = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            NameForm nf = names.get(i);
            Word first = nf.words().get(0);
            sounds.computeIfAbsent(Homophones.sound(first.norm()), k -> new ArrayList<>()).add(i);
            letters.computeIfAbsent(nf.plain().charAt(0), k -> new ArrayList<>()).add(i);
            canons.computeIfAbsent(first.canon(), k -> new ArrayList<>()).add(i);
            for (String f : first.forms()) {
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        this.byFirstLetter = IntIndex.toArrays(letters);
        this.byFirstCanon = IntIndex.toArrays(canons);
        this.byFirstForm = IntIndex.toArrays(forms);
        this.byFirstSound = IntIndex.toArrays(sounds);
        this.kinds = new KindsOf(glossary.entries(), byEntry, vocabulary);
        this.partialNames = new PartialNames(names, vocabulary);
        this.verbObjects = new VerbObjectNames(names);
        this.nominalised = new NominalisedNames(names);
    }

    private static Set<String> namesOfKind(List<DerivedName> implied, DerivedName.Kind kind) {
        return implied.stream().filter(d -> d.kind() == kind).map(DerivedName::name).collect(Collectors.toSet());
    }

    /** The best non-overlapping name matches in {@code words}, in order of position. */
    public List<NameHit> find(List<Word> words) {
        return match(words).chosen();
    }

    /**
     * Every name in {@code words}, matched once, in two views.
     *
     * @param chosen  the best non-overlapping matches, in order of position
     * @param perEntry each entry's best match, overlapping or not: "continous random variable" holds
     *                 both a misspelt Continuous random variable and an exact Random variable, and
     *                 which one was asked about is for the scorer to weigh
     */
    public record Matches(List<NameHit> chosen, List<NameHit> perEntry) {
    }

    /** Matches every name in {@code words} once and returns both views of the matches. */
    public Matches match(List<Word> words) {
        List<NameHit> all = withoutInnerHits(spans(words), words);
        Map<Entry, NameHit> best = new LinkedHashMap<>();
        for (NameHit h : all) {
            best.merge(h.entry(), h, (a, b) -> rank(a) >= rank(b) ? a : b);
        }
        return new Matches(nonOverlapping(new ArrayList<>(all)), List.copyOf(best.values()));
    }

    /**
     * Drops each match that lies inside a wider match of the same entry: in "tranfer learning" the
     * misspelt Transfer Learning spans the implied head noun "learning", and the student wrote the
     * whole name, not the head noun with an unknown word before it. Exactness otherwise ranks first,
     * so the exact head would win over the misspelt whole. Inside a wider match that a hyphenated
     * prefix makes part of another concept, the narrower one is part of it too: "distribution" (the
     * head noun Normal distribution implies) in "log-normal distribution".
     */
    static List<NameHit> withoutInnerHits(List<NameHit> hits, List<Word> words) {
        List<NameHit> out = new ArrayList<>(hits.size());
        for (NameHit h : hits) {
            boolean inner = false;
            for (NameHit g : hits) {
                if (g.entry().equals(h.entry()) && (!g.conflict() || prefixed(words, g.from())) && g.length() > h.length()
                        && g.from() <= h.from() && g.to() >= h.to()) {
                    inner = true;
                    break;
                }
            }
            if (!inner) {
                out.add(h);
            }
        }
        return out;
    }

    /** Which of two matches is better: one that is not part of a larger phrase, then the more exact and longer. */
    private static double rank(NameHit h) {
        return (h.conflict() ? 0 : 10) + h.score() + 0.03 * h.length();
    }

    private List<NameHit> spans(List<Word> words) {
        List<NameHit> candidates = new ArrayList<>();
        int n = words.size();
        // each span's joined spellings are built once, not once per name
        String[][] plain = new String[n][MAX_SPAN + 1];
        String[][] canon = new String[n][MAX_SPAN + 1];
        for (int from = 0; from < n; from++) {
            StringBuilder p = new StringBuilder();
            StringBuilder c = new StringBuilder();
            for (int len = 1; len <= MAX_SPAN && from + len <= n; len++) {
                p.append(words.get(from + len - 1).norm());
                c.append(words.get(from + len - 1).canon());
                plain[from][len] = p.toString();
                canon[from][len] = c.toString();
            }
        }
        // every way of spelling a name starts like it (exact, inflected, joined, typo): its first letter,
        // or a first word that is a form of the name's; names in their order, then positions, as a
        // scan of every name at every position would find them
        long[] starts = startingNames(words);
        for (long start : starts) {
            NameForm nf = names.get((int) (start >>> 32));
            int from = (int) start;
            int k = nf.words().size();
            for (int len = Math.max(1, k - 2); len <= Math.min(k + 2, MAX_SPAN) && from + len <= n; len++) {
                double score = score(words, from, len, plain[from][len], canon[from][len], nf);
                if (score > 0 && nf.modifier() && modifiesWhatFollows(words, from + len)) {
                    continue; // "Poisson process", "multicast address", "latent variable": another concept
                }
                if (score > 0) {
                    candidates.add(new NameHit(nf.entry(), nf.name(), from, from + len, score,
                            conflicts(words, from, from + len, nf), nf.derived()));
                }
            }
        }
        addPredicates(words, starts, candidates);
        verbObjects.addTo(words, candidates);
        nominalised.addTo(words, candidates);
        return candidates;
    }

    /**
     * A name of a modifier and a noun said as that noun and a predicate: "two events are dependent" and "for a sample
     * to be representative" name Dependent events and Representative sample. The hit spans the noun to the predicate.
     * {@code starts} are the names that may start at each word ({@link #startingNames}); the predicate is where one
     * starts.
     */
    private void addPredicates(List<Word> words, long[] starts, List<NameHit> out) {
        for (long start : starts) {
            NameForm nf = names.get((int) (start >>> 32));
            int at = (int) start;
            int be = at - 1;
            if (nf.words().size() != 2 || nf.capitals() || be < 1 || !BE_FORMS.contains(words.get(be).norm())) {
                continue;
            }
            int subject = be - 1;
            if (words.get(subject).norm().equals("to") && subject > 0) {
                subject--; // "for two events to be independent"
            }
            Word noun = words.get(subject);
            Word predicate = words.get(at);
            boolean adjacent = predicate.token() == words.get(be).token() + 1
                    && words.get(subject + 1).token() == noun.token() + 1;
            if (!adjacent || !noun.isNounLike() || !PREDICATE_POS.contains(predicate.pos())
                    || at + 1 < words.size() && words.get(at + 1).isNounLike()
                    && words.get(at + 1).token() == predicate.token() + 1) {
                continue; // "are dependent events" spells the name as it is written
            }
            if (nf.words().get(0).sameAs(predicate) && nf.words().get(1).sameAs(noun)) {
                out.add(new NameHit(nf.entry(), nf.name(), subject, at + 1, PREDICATE_SCORE, false, nf.derived()));
            }
        }
    }

    /**
     * Every (name, position) where a name may start in {@code words}, as {@code index << 32 | position},
     * sorted and without repeats: the name's first letter is the word's, or its first word is the
     * same word ({@link Word#sameAs}: the same canonical form, or a form in common).
     */
    private long[] startingNames(List<Word> words) {
        int size = 0;
        String[] sounds = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // and the names whose first word sounds as it does ("fysical" for Physical layer)
            sounds[i] = Homophones.sound(w.norm());
            size += length(byFirstSound.get(sounds[i]));
            size += length(byFirstLetter.get(w.norm().charAt(0))) + length(byFirstCanon.get(w.canon()));
            for (String f : w.forms()) {
                size += length(byFirstForm.get(f));
            }
        }
        long[] out = new long[size];
        size = 0;
        for (int from = 0; from < words.size(); from++) {
            Word w = words.get(from);
            size = add(out, size, byFirstLetter.get(w.norm().charAt(0)), from);
            size = add(out, size, byFirstCanon.get(w.canon()), from);
            size = add(out, size, byFirstSound.get(sounds[from]), from);
            for (String f : w.forms()) {
                size = add(out, size, byFirstForm.get(f), from);
            }
        }
        java.util.Arrays.sort(out, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || out[i] != out[unique - 1]) {
                out[unique++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, unique);
    }

    private static int length(int[] names) {
        return names == null ? 0 : names.length;
    }

    private static int add(long[] out, int size, int[] names, int from) {
        if (names != null) {
            for (int i : names) {
                out[size++] = (long) i << 32 | from;
            }
        }
        return size;
    }

    private static List<NameHit> nonOverlapping(List<NameHit> candidates) {
        // A name that only heads a larger phrase yields to a name that spells the whole phrase
        // ("minibatch" in "minibatch size" is part of Batch size's alias "mini-batch size").
        candidates.sort(Comparator.comparingDouble(TermMatcher::rank).reversed());
        List<NameHit> chosen = new ArrayList<>();
        Set<Entry> seen = new HashSet<>();
        for (NameHit h : candidates) {
            boolean overlaps = chosen.stream().anyMatch(c -> h.from() < c.to() && c.from() < h.to());
            if (!overlaps && seen.add(h.entry())) {
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(NameHit::from));
        return chosen;
    }

    /** How well the span {@code words[from, from+len)} spells {@code name}; 0 when it does not. */
    private static double score(List<Word> words, int from, int len, String plain, String canon, NameForm name) {
        if (name.capitals() && !(len == 1 && words.get(from).capitals())) {
            return 0; // "MoE" names Margin of error; "moe" is a word
        }
        List<Word> target = name.words();
        if (len == target.size()) {
            boolean exact = true;
            boolean forms = true;
            for (int i = 0; i < len && forms; i++) {
                exact &= words.get(from + i).norm().equals(target.get(i).norm());
                forms &= words.get(from + i).sameAs(target.get(i));
            }
            if (exact) {
                return 1.0;
            }
            if (name.derived() && name.words().size() == 1 && name.acronym()) {
                return 0; // an implied initialism is matched only as spelt: "t" is not "TS" singular
            }
            if (forms) {
                return 0.97;
            }
            List<Word> span = words.subList(from, from + len);
            if (!name.derived() && !name.acronym()) {
                if (spelledWith(span, target, len > 1 ? Derivation::relatedInALongerName : Derivation::related)) {
                    return typo(1); // "statistically significant": as sure as one slip of the fingers
                }
                if (len > 1 && spelledWith(span, target, Clipping::clips)) {
                    return typo(1); // "std dev", "desc stats": a name of several words, each written in full or clipped
                }
                if ((len > 1 || !KnownWords.contains(span.get(0).norm())) && spelledWith(span, target, Homophones::alike)) {
                    return typo(2); // "fysical layer", "twisted pare cable": spelt by ear; "lose" is a word, not Loss
                }
            }
        }
        if (canon.equals(name.squashed()) || plain.equals(name.plain())) {
            return 0.95;
        }
        if (len > target.size() && !name.derived() && AcronymExpansion.spells(words.subList(from, from + len), target)) {
            return typo(1); // "open systems interconnection model" for OSI model
        }
        if (len < target.size() && !name.derived() && AcronymExpansion.abbreviates(words.subList(from, from + len), target)) {
            return typo(1); // "SE of the proportion" for Standard error of the proportion
        }
        if (!sameNumbers(words.subList(from, from + len), target)) {
            return 0; // a number one off is another number: a type III error is not a misspelt type II error
        }
        String np = name.plain();
        if (len == 1 && target.size() == 1 && !name.acronym() && np.length() >= 4 && swapsTwoLetters(plain, np)
                && plain.charAt(0) == np.charAt(0) && !KnownWords.contains(plain)) {
            // two neighbouring letters swapped is a slip of the fingers, not another word, even in a
            // short name or a head noun the glossary implies: "bais", "swtich"
            return typo(1);
        }
        if (name.derived() || name.acronym() || np.length() < 5 || plain.length() < 4 || plain.charAt(0) != np.charAt(0)) {
            return 0; // a typo keeps the first letter: "sensor" is not "tensor"; an acronym one letter off (CSMA/CA) is another one
        }
        if (len != target.size() && splitsIntoFunctionWords(words.subList(from, from + len), target)) {
            return 0; // a name split with a typo gives no function word: "sampling from a" is not "sampling frame"
        }
        int budget = Spelling.allowedEdits(np.length());
        int lengthGap = Math.abs(plain.length() - np.length());
        if (lengthGap > budget || len != target.size() && lengthGap > 1) {
            return 0; // joined or split words may carry a typo, but never a missing or extra word
        }
        int d = Math.min(Spelling.distance(plain, np, budget), Spelling.distance(canon, name.squashed(), budget));
        if (d > budget || !wordsAlign(words.subList(from, from + len), target)) {
            return 0;
        }
        if (len == 1 && target.size() == 1 && KnownWords.contains(plain)) {
            return 0; // a real word is not a typo of a one-word name: "polling" is not "pooling"
        }
        return typo(d);
    }

    /** The numbers in {@code span} are those of {@code target}, in order ("2" and "ii" are the same number). */
    private static boolean sameNumbers(List<Word> span, List<Word> target) {
        int i = nextNumber(span, 0);
        int j = nextNumber(target, 0);
        while (i < span.size() && j < target.size()) {
            if (!span.get(i).sameAs(target.get(j))) {
                return false;
            }
            i = nextNumber(span, i + 1);
            j = nextNumber(target, j + 1);
        }
        return i == span.size() && j == target.size();
    }

    /**
     * True when each word of {@code span} is a form of its counterpart in {@code target} ({@link Word#sameAs}) or
     * that counterpart's {@code variant}, and at least one is only the variant.
     */
    private static boolean spelledWith(List<Word> span, List<Word> target, BiPredicate<Word, Word> variant) {
        boolean varied = false;
        for (int i = 0; i < span.size(); i++) {
            if (span.get(i).sameAs(target.get(i))) {
                continue;
            }
            if (!variant.test(span.get(i), target.get(i))) {
                return false;
            }
            varied = true;
        }
        return varied;
    }

    /** True when {@code span} holds a function word ({@link StopWords}) that {@code target} lacks. */
    private static boolean splitsIntoFunctionWords(List<Word> span, List<Word> target) {
        for (Word w : span) {
            if (StopWords.WORDS.contains(w.norm()) && target.stream().noneMatch(t -> t.norm().equals(w.norm()))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first number in {@code words} from {@code from} on, or its size. */
    private static int nextNumber(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && !Spelling.isNumber(words.get(i).norm())) {
            i++;
        }
        return i;
    }

    /** The score of a name spelt with {@code edits} typos. */
    private static double typo(int edits) {
        return 0.92 - 0.05 * edits;
    }

    /** {@code a} is {@code b} with two neighbouring letters swapped. */
    private static boolean swapsTwoLetters(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * A typo match over several words must still line up word by word (each word a form or a
     * typo of its counterpart), where words joined or split line up with the words they join; this
     * keeps "testing set" from passing as "training set" and "minibatch slide" as "mini-batch size".
     */
    private static boolean wordsAlign(List<Word> span, List<Word> target) {
        return alignsFrom(span, 0, target, 0);
    }

    /** {@code span} from word {@code i} lines up with {@code target} from word {@code j} (see {@link #wordsAlign}). */
    private static boolean alignsFrom(List<Word> span, int i, List<Word> target, int j) {
        if (i == span.size() || j == target.size()) {
            return i == span.size() && j == target.size();
        }
        if ((span.get(i).sameAs(target.get(j)) || typoOf(span.get(i).norm(), target.get(j).norm()))
                && alignsFrom(span, i + 1, target, j + 1)) {
            return true;
        }
        // "minibatch" for "mini batch", "hyper parameter" for "hyperparameter": joined words line up as one
        StringBuilder joined = new StringBuilder(span.get(i).norm());
        for (int k = i + 1; k < span.size(); k++) {
            joined.append(span.get(k).norm());
            if (typoOf(joined.toString(), target.get(j).norm()) && alignsFrom(span, k + 1, target, j + 1)) {
                return true;
            }
        }
        joined = new StringBuilder(target.get(j).norm());
        for (int k = j + 1; k < target.size(); k++) {
            joined.append(target.get(k).norm());
            if (typoOf(span.get(i).norm(), joined.toString()) && alignsFrom(span, i + 1, target, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The same word, or a typo of it within the budget of the shorter (at least one edit). */
    private static boolean typoOf(String a, String b) {
        int budget = Math.max(1, Spelling.allowedEdits(Math.min(a.length(), b.length())));
        return a.equals(b) || Spelling.distance(a, b, budget) <= budget;
    }

    /**
     * True when words joined to the match make it a different concept: nouns right after it
     * ("weight decay"), perhaps after adjectives ("median absolute deviation"), an -ing word heading the phrase ("parameter sharing", see {@link NounGerund}),
     * or a word joined by a hyphen before it ("log-normal distribution", "non-linear"). When the
     * hyphenated whole is a name itself ("Non-probability sampling"), that name's match covers it and wins.
     */
    private boolean conflicts(List<Word> words, int from, int after, NameForm name) {
        if (prefixed(words, from)) {
            return true;
        }
        Set<String> vocab = vocabulary.get(name.entry());
        int noun = afterModifiers(words, after);
        if (noun > after && (noun >= words.size() || afterPunctuation(words, noun) || !words.get(noun).isNounLike())) {
            return false; // adjectives that end the phrase say something of the name: "is the median robust"
        }
        for (int i = noun; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0 && afterPunctuation(words, i)) {
                return false; // punctuation ends the phrase ("poisson distribution, whats the difference"), a hyphen does not
            }
            if (!(w.isNounLike() || NounGerund.at(words, i, from, i == after ? name : null))
                    || NOT_EXTENSIONS.contains(w.norm())) {
                return false;
            }
            if (CLASS_NOUNS.contains(w.canon()) || QuestionWords.COURSE_MATERIAL.contains(w.canon())) {
                // a word that only says what kind of thing the name is heads the phrase: a noun after it
                // starts another phrase ("the n-dimensional array thing pytorch uses")
                return false;
            }
            if (w.forms().stream().anyMatch(vocab::contains)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * The first word from {@code from} on that is not an adjective or a number written on without
     * punctuation: what a noun after them would be. Adjectives between a name and a noun make another
     * concept as a noun right after it does ("median absolute deviation", "TCP three-way handshake").
     */
    private static int afterModifiers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && (i == 0 || !afterPunctuation(words, i)) && ADJECTIVAL_POS.contains(words.get(i).pos())
                && !NOT_EXTENSIONS.contains(words.get(i).norm())) {
            i++;
        }
        return i;
    }

    /** Parts of speech that may stand between a name and a noun that makes it another concept. */
    private static final Set<String> ADJECTIVAL_POS = Set.of("ADJ", "NUM");

    /**
     * True when the word at {@code next} continues the phrase of a name's first word standing for the whole
     * name (see {@link NameForm#modifier}): a noun, an adjective or a number right after it, with no
     * punctuation between.
     */
    private static boolean modifiesWhatFollows(List<Word> words, int next) {
        if (next >= words.size()) {
            return false;
        }
        Word w = words.get(next);
        return !afterPunctuation(words, next) && MODIFIED_POS.contains(w.pos()) && !NOT_EXTENSIONS.contains(w.norm());
    }

    /** True when punctuation stands between {@code words[i - 1]} and {@code words[i]}; a hyphen joins them. */
    private static boolean afterPunctuation(List<Word> words, int i) {
        Word w = words.get(i);
        return w.token() > words.get(i - 1).token() + 1 && !w.hyphenated();
    }

    /** Parts of speech a modifier's phrase goes on with: "latent variable/ADJ", "poisson process", "osi 7". */
    private static final Set<String> MODIFIED_POS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X");

    /** True when a word is joined by a hyphen before {@code words[from]}: "log-" before "normal". */
    private static boolean prefixed(List<Word> words, int from) {
        return from > 0 && words.get(from).hyphenated();
    }

    /** True when {@code words} name a kind of {@code entry} (see {@link KindsOf#named}). */
    public boolean namesAKindOf(List<Word> words, Entry entry) {
        return kinds.named(words, entry);
    }

    /** Every entry {@code words} name a kind of (see {@link KindsOf#namedBy}). */
    public Set<Entry> kindsNamedBy(List<Word> words) {
        return kinds.namedBy(words);
    }

    /** How far {@code phrase} spells each entry's names word by word (see {@link PartialNames#of}). */
    public Map<Entry, PartialName> partialNames(List<Word> phrase) {
        return partialNames.of(phrase);
    }

    /**
     * True when content words right before the match, inside the phrase asked about, make it another
     * concept: "quota" in "quota sample", "proxy" in "proxy server". Words the entry's own names or
     * definition use ("network" in "network switch") do not; a word joined by a hyphen always does.
     */
    public boolean premodified(List<Word> words, NameHit hit, int phraseFrom) {
        if (hit.from() > phraseFrom && prefixed(words, hit.from())) {
            return true; // a hyphenated prefix, whatever the tagger calls it: "log-" in "log-normal distribution"
        }
        Set<String> vocab = vocabulary.get(hit.entry());
        for (int i = hit.from() - 1; i >= phraseFrom; i--) {
            Word w = words.get(i);
            if (StopWords.WORDS.contains(w.norm()) || NOT_EXTENSIONS.contains(w.norm())
                    || QuestionWords.QUANTIFIERS.contains(w.norm())) {
                return false;
            }
            if (w.pos().equals("NUM")) {
                continue; // a number counts ("two events") unless a word before it makes it a name ("layer 3 switch")
            }
            if (w.token() + 1 < words.get(i + 1).token() || CLOSED_CLASSES.contains(firstTag(w.pos()))) {
                // punctuation or a function word ends the phrase before the name; a contraction typed without its
                // apostrophe ("im" PRON+AUX, "dont" AUX+PART) is read by its first part
                return false;
            }
            if (w.pos().endsWith("+PART")) {
                return false; // a possessive is a determiner: "a neuron's weight" is a weight, "the network's loss" a loss
            }
            if (w.pos().equals("VERB") && i > 0 && (verbWithItsObject(words.get(i - 1)) || askedSubjectBefore(words, i))) {
                // the verb takes the name as its object: "how do you calculate variance", "how to find IQR", "why do
                // computers need protocols to talk"
                return false;
            }
            if (w.token() == words.get(i + 1).token() && !byFirstCanon.containsKey(w.canon())) {
                // glued to it in one token by a dot or an underscore, a namespace ("torchvision.transforms.
                // RandomHorizontalFlip"); a name glued by a slash still pairs with it ("TCP/IP")
                return false;
            }
            if (w.forms().stream().noneMatch(vocab::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before a verb is its subject pronoun or the "to" of its infinitive, so the verb heads a clause and a
     * noun after it is its object; after a noun or a determiner a "verb" is often the tagger's slip inside a name
     * ("the start frame/VERB delimiter").
     */
    private static boolean verbWithItsObject(Word before) {
        return QuestionWords.SUBJECT_PRONOUNS.contains(before.norm()) || before.norm().equals("to")
                && before.pos().equals("PART");
    }

    /**
     * The words before word {@code verb} are a noun phrase after an auxiliary that opens a question: the verb's
     * subject, inverted ("why do computers need", "how does a router use"), so the verb heads the clause.
     */
    private static boolean askedSubjectBefore(List<Word> words, int verb) {
        int k = verb - 1;
        while (k >= 0 && (words.get(k).isNounLike() || SUBJECT_WORDS.contains(words.get(k).pos()))) {
            k--;
        }
        return k >= 0 && k < verb - 1 && words.get(verb - 1).isNounLike() && words.get(k).pos().equals("AUX")
                && INVERTED_AUXILIARIES.contains(words.get(k).norm());
    }

    /** The first part of a contraction's joined tag ("PRON" of "PRON+AUX"), or the tag itself. */
    private static String firstTag(String pos) {
        int plus = pos.indexOf('+');
        return plus < 0 ? pos : pos.substring(0, plus);
    }

    /**
     * The largest share of one of {@code entry}'s names' content words that occur in {@code words}
     * ("stratified sampling" holds two of the three words of "stratified random sample").
     */
    public double nameOverlap(List<Word> words, Entry entry) {
        double best = 0;
        for (NameForm nf : namesOf(entry)) {
            int content = 0;
            int present = 0;
            for (Word n : nf.words()) {
                if (StopWords.WORDS.contains(n.norm())) {
                    continue;
                }
                content++;
                for (Word w : words) {
                    if (w.sameAs(n)) {
                        present++;
                        break;
                    }
                }
            }
            if (content > 0) {
                best = Math.max(best, (double) present / content);
            }
        }
        return best;
    }

    private List<NameForm> namesOf(Entry entry) {
        return byEntry.getOrDefault(entry, List.of());
    }

    /**
     * Entries ranked by how well {@code typed} spells one of their names, for autocomplete and
     * for resolving a picked name (see {@link NameCompletion}).
     */
    public List<Entry> rankNames(String typed, int limit) {
        return NameCompletion.rank(names, typed, limit);
    }
}
