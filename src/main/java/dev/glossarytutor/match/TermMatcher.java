package dev.glossarytutor.match;

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
import java.util.stream.Collectors;

/**
 * Finds glossary names in text: exact names, aliases and hidden variants; inflections and
 * British spellings; joined or split words ("latentspace", "u net"); typos within a budget that
 * grows with word length. It also flags a name that is only part of a larger noun phrase naming
 * something else ("weight" in "weight decay"), which must not be answered as that term.
 */
public final class TermMatcher {
    /** Head nouns that name a kind of thing rather than a different concept ("pooling layer"). */
    private static final Set<String> CLASS_NOUNS = Set.of("layer", "function", "method", "technique", "concept",
            "process", "algorithm", "architecture", "operation", "procedure", "approach", "thing", "term", "idea",
            "definition", "meaning", "word", "value", "step", "property", "problem", "task", "model", "network",
            "block", "unit", "stuff", "part", "type", "kind");
    /**
     * Words the tagger calls nouns that never extend a noun phrase: conjunctions, times, and verbs
     * with no noun sense ("how does a kernel differ from ...").
     */
    private static final Set<String> NOT_EXTENSIONS = Set.of("vs", "versus", "v", "and", "or", "today", "tomorrow",
            "yesterday", "tonight", "now", "please", "pls", "thanks", "differ", "differs");

    /** Parts of speech that never modify a name; the tagger's other tags are trusted less (it reads "quota" as DET). */
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ",
            "PUNCT", "SYM", "ADV");

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
    /** The glossary's entries in order, and which of them have a name whose last word has a given canonical form or form. */
    private final List<Entry> entries;
    private final Map<String, int[]> byLastCanon;
    private final Map<String, int[]> byLastForm;
    /** Every word form of every name and definition of the glossary. */
    private final Set<String> glossaryVocabulary = new HashSet<>();
    /** Per name (same index as {@link #names}): its content words, and their stems, for {@link #partialNames}. */
    private final List<List<Word>> contentWords = new ArrayList<>();
    private final List<String[]> contentStems = new ArrayList<>();
    /**
     * The names a phrase word can match in {@link #partialNames}, so a question looks at those alone:
     * by each content word's canonical form ("c:"), forms ("f:"), stem ("s:") and first three letters
     * ("p:", for truncations). Values are indexes into {@link #names}, ascending.
     */
    private final Map<String, int[]> byContentWord;

    public TermMatcher(Glossary glossary, GlossaryWords analysed) {
        KnownWords.preload();
        this.names = new ArrayList<>();
        this.vocabulary = new HashMap<>();
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(glossary);
        for (Entry e : glossary.entries()) {
            Set<String> vocab = new HashSet<>();
            List<NameForm> own = byEntry.computeIfAbsent(e, k -> new ArrayList<>());
            List<String> written = e.allNames();
            List<String> implied = derived.getOrDefault(e, List.of()).stream().map(DerivedName::name).toList();
            for (String name : java.util.stream.Stream.concat(written.stream(), implied.stream()).toList()) {
                List<Word> words = analysed.of(name);
                if (words.isEmpty()) {
                    continue;
                }
                NameForm form = new NameForm(e, name, words,
                        words.stream().map(Word::canon).collect(Collectors.joining()),
                        words.stream().map(Word::norm).collect(Collectors.joining()), !written.contains(name));
                names.add(form);
                own.add(form);
                words.forEach(w -> vocab.addAll(w.forms()));
            }
            analysed.of(e.definition()).forEach(w -> vocab.addAll(w.forms()));
            vocabulary.put(e, vocab);
            glossaryVocabulary.addAll(vocab);
        }
        Map<Character, List<Integer>> letters = new HashMap<>();
        Map<String, List<Integer>> canons = new HashMap<>();
        Map<String, List<Integer>> forms = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            NameForm nf = names.get(i);
            Word first = nf.words().get(0);
            letters.computeIfAbsent(nf.plain().charAt(0), k -> new ArrayList<>()).add(i);
            canons.computeIfAbsent(first.canon(), k -> new ArrayList<>()).add(i);
            for (String f : first.forms()) {
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        this.byFirstLetter = toArrays(letters);
        this.byFirstCanon = toArrays(canons);
        this.byFirstForm = toArrays(forms);
        this.entries = glossary.entries();
        Map<String, List<Integer>> lastCanons = new HashMap<>();
        Map<String, List<Integer>> lastForms = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (NameForm nf : namesOf(entries.get(i))) {
                Word last = nf.words().get(nf.words().size() - 1);
                addOnce(lastCanons, last.canon(), i);
                for (String f : last.forms()) {
                    addOnce(lastForms, f, i);
                }
            }
        }
        this.byLastCanon = toArrays(lastCanons);
        this.byLastForm = toArrays(lastForms);
        Map<String, List<Integer>> contentIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            List<Word> content = names.get(i).words().stream().filter(TermMatcher::isContent).toList();
            String[] stems = new String[content.size()];
            for (int j = 0; j < content.size(); j++) {
                Word w = content.get(j);
                stems[j] = LexicalIndex.stem(w);
                addOnce(contentIndex, "c:" + w.canon(), i);
                for (String f : w.forms()) {
                    addOnce(contentIndex, "f:" + f, i);
                }
                addOnce(contentIndex, "s:" + stems[j], i);
                if (w.norm().length() > 3) {
                    addOnce(contentIndex, "p:" + w.norm().substring(0, 3), i);
                }
            }
            contentWords.add(content);
            contentStems.add(stems);
        }
        this.byContentWord = toArrays(contentIndex);
    }

    private static void addOnce(Map<String, List<Integer>> index, String key, int i) {
        List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
        }
    }

    private static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> lists) {
        Map<K, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
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
        List<NameHit> all = withoutInnerHits(spans(words));
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
     * so the exact head would win over the misspelt whole.
     */
    static List<NameHit> withoutInnerHits(List<NameHit> hits) {
        List<NameHit> out = new ArrayList<>(hits.size());
        for (NameHit h : hits) {
            boolean inner = false;
            for (NameHit g : hits) {
                if (g.entry().equals(h.entry()) && !g.conflict() && g.length() > h.length()
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
                if (score > 0) {
                    candidates.add(new NameHit(nf.entry(), nf.name(), from, from + len, score,
                            conflicts(words, from + len, nf.entry()), nf.derived()));
                }
            }
        }
        return candidates;
    }

    /**
     * Every (name, position) where a name may start in {@code words}, as {@code index << 32 | position},
     * sorted and without repeats: the name's first letter is the word's, or its first word is the
     * same word ({@link Word#sameAs}: the same canonical form, or a form in common).
     */
    private long[] startingNames(List<Word> words) {
        int size = 0;
        for (Word w : words) {
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
        }
        if (canon.equals(name.squashed()) || plain.equals(name.plain())) {
            return 0.95;
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
     * typo of its counterpart) unless the words were joined or split; this keeps "testing set"
     * from passing as "training set".
     */
    private static boolean wordsAlign(List<Word> span, List<Word> target) {
        if (span.size() != target.size()) {
            return true;
        }
        for (int i = 0; i < span.size(); i++) {
            Word a = span.get(i);
            Word b = target.get(i);
            int budget = Math.max(1, Spelling.allowedEdits(Math.min(a.norm().length(), b.norm().length())));
            if (!a.sameAs(b) && Spelling.distance(a.norm(), b.norm(), budget) > budget
                    && Spelling.distance(a.canon(), b.canon(), budget) > budget) {
                return false;
            }
        }
        return true;
    }

    /** True when nouns right after the match make it a different concept ("weight decay"). */
    private boolean conflicts(List<Word> words, int after, Entry entry) {
        Set<String> vocab = vocabulary.get(entry);
        for (int i = after; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0 && w.token() > words.get(i - 1).token() + 1) {
                return false; // punctuation ends the phrase: "poisson distribution, whats the difference"
            }
            if (!(w.isNounLike() || isNounGerund(words, i)) || NOT_EXTENSIONS.contains(w.norm())) {
                return false;
            }
            if (CLASS_NOUNS.contains(w.canon()) || w.forms().stream().anyMatch(vocab::contains)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * "learning" in "metric learning", "processing" in "batch processing unit": the tagger reads
     * such words as verbs, but a gerund that ends the phrase or comes before a noun names a thing.
     */
    private static boolean isNounGerund(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.pos().equals("VERB") || !w.norm().endsWith("ing")) {
            return false;
        }
        return i + 1 == words.size() || words.get(i + 1).isNounLike();
    }

    /**
     * True when {@code words} name a kind of {@code entry}: the last noun is the head noun of one
     * of its names and every other meaningful word occurs in its names or definition ("the tanh
     * function" is an activation function whose definition lists tanh). "cross validation" is not
     * a validation set, and "embedding layer" is not an embedding.
     */
    public boolean namesAKindOf(List<Word> words, Entry entry) {
        List<Word> content = contentWords(words);
        return content.size() >= 2 && headMatches(content, entry) && modifiersKnown(content, entry);
    }

    /**
     * Every entry {@code words} name a kind of ({@link #namesAKindOf}), found through the last words
     * of the names instead of by trying every entry.
     */
    public Set<Entry> kindsNamedBy(List<Word> words) {
        List<Word> content = contentWords(words);
        if (content.size() < 2) {
            return Set.of();
        }
        Word head = content.get(content.size() - 1);
        java.util.BitSet heads = new java.util.BitSet(entries.size());
        markAll(heads, byLastCanon.get(head.canon()));
        for (String f : head.forms()) {
            markAll(heads, byLastForm.get(f));
        }
        Set<Entry> out = new HashSet<>();
        for (int i = heads.nextSetBit(0); i >= 0; i = heads.nextSetBit(i + 1)) {
            Entry e = entries.get(i);
            if (headMatches(content, e) && modifiersKnown(content, e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static void markAll(java.util.BitSet set, int[] indexes) {
        if (indexes != null) {
            for (int i : indexes) {
                set.set(i);
            }
        }
    }

    private static List<Word> contentWords(List<Word> words) {
        List<Word> content = new ArrayList<>(words.size());
        for (Word w : words) {
            if (!StopWords.WORDS.contains(w.norm())) {
                content.add(w);
            }
        }
        return content;
    }

    /** The last content word is the head noun of one of the entry's names. */
    private boolean headMatches(List<Word> content, Entry entry) {
        Word head = content.get(content.size() - 1);
        for (NameForm nf : namesOf(entry)) {
            if (head.sameAs(nf.words().get(nf.words().size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Every content word before the head occurs in the entry's names or definition. */
    private boolean modifiersKnown(List<Word> content, Entry entry) {
        Set<String> vocab = vocabulary.get(entry);
        for (Word w : content.subList(0, content.size() - 1)) {
            if (!knows(vocab, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean knows(Set<String> vocab, Word w) {
        for (String f : w.forms()) {
            if (vocab.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when content words right before the match, inside the phrase asked about, make it another
     * concept: "quota" in "quota sample", "proxy" in "proxy server". Words the entry's own names or
     * definition use ("network" in "network switch") do not.
     */
    public boolean premodified(List<Word> words, NameHit hit, int phraseFrom) {
        Set<String> vocab = vocabulary.get(hit.entry());
        for (int i = hit.from() - 1; i >= phraseFrom; i--) {
            Word w = words.get(i);
            if (StopWords.WORDS.contains(w.norm()) || NOT_EXTENSIONS.contains(w.norm())) {
                return false;
            }
            if (w.token() + 1 < words.get(i + 1).token() || CLOSED_CLASSES.contains(w.pos())) {
                return false; // punctuation or a function word ends the phrase before the name
            }
            if (w.forms().stream().noneMatch(vocab::contains)) {
                return true;
            }
        }
        return false;
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

    /**
     * How far the phrase asked about spells one of an entry's names word by word, when it is not
     * spelt whole: "stratified sampling" for Stratified random sample, "prob dist" for Probability
     * distribution, "effect size" for Sample size. Words match by their forms, by Snowball stem
     * ("sampling", "sample") or as a truncation of three letters or more ("prob" for "probability").
     *
     * @param phraseShare share of the phrase's content words that the name spells
     * @param nameShare   share of the name's content words that the phrase spells
     * @param abbreviated some phrase word matched only as a truncation of a name word
     * @param extraKnown  share of the phrase's content words outside the name that the glossary uses
     *                    elsewhere (in any name or definition); 0 when there are none
     * @param head        how the phrase ends against the name: {@link Head#SPELT} when its last content word
     *                    spells the name's last ("probability sample" for Probability sampling, "stat sig"),
     *                    {@link Head#LEFT_OUT} when that word is not a noun, so the name's head noun was left
     *                    out ("unicast" for Unicast transmission), else {@link Head#OTHER}: a noun that spells
     *                    only a modifier of the name ("gradient" for Gradient descent), or a lone noun that
     *                    spells only the head of a longer name ("transmission"), names a thing of its own
     */
    public record PartialName(double phraseShare, double nameShare, boolean abbreviated, double extraKnown,
                              Head head) {
        public static final PartialName NONE = new PartialName(0, 0, false, 0, Head.OTHER);
    }

    /** How a phrase ends against a name it partly spells ({@link PartialName#head}). */
    public enum Head {
        OTHER, LEFT_OUT, SPELT
    }

    /** Each entry that shares at least one content word with {@code phrase}, with its best {@link PartialName}. */
    public Map<Entry, PartialName> partialNames(List<Word> phrase) {
        List<Word> asked = phrase.stream().filter(TermMatcher::isContent).toList();
        Map<Entry, PartialName> out = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return out;
        }
        String[] askedStems = asked.stream().map(LexicalIndex::stem).toArray(String[]::new);
        for (int i : namesSharingAWordWith(asked, askedStems)) {
            NameForm nf = names.get(i);
            List<Word> name = contentWords.get(i);
            String[] nameStems = contentStems.get(i);
            if (name.isEmpty()) {
                continue;
            }
            int phraseHits = 0;
            boolean abbreviated = false;
            boolean[] nameHit = new boolean[name.size()];
            List<Word> extra = new ArrayList<>();
            for (int k = 0; k < asked.size(); k++) {
                Word a = asked.get(k);
                int best = 0;
                for (int j = 0; j < name.size(); j++) {
                    int m = wordMatch(a, askedStems[k], name.get(j), nameStems[j]);
                    if (m > 0) {
                        nameHit[j] = true;
                        best = Math.max(best, m);
                    }
                }
                phraseHits += best > 0 ? 1 : 0;
                abbreviated |= best == 1;
                if (best == 0) {
                    extra.add(a);
                }
            }
            if (phraseHits == 0) {
                continue;
            }
            int nameHits = 0;
            for (boolean b : nameHit) {
                nameHits += b ? 1 : 0;
            }
            double known = extra.isEmpty() ? 0 : extra.stream()
                    .filter(w -> w.forms().stream().anyMatch(glossaryVocabulary::contains)).count() / (double) extra.size();
            Word askedHead = asked.get(asked.size() - 1);
            // a lone noun that spells the head of a longer name is a thing of its own ("a transmission" is not
            // Unicast transmission, "an error" not Type I error); with a modifier, or when the name is that one
            // word, it is that name shortened or inflected ("broadcasting")
            boolean spelt = wordMatch(askedHead, askedStems[asked.size() - 1], name.get(name.size() - 1),
                    nameStems[name.size() - 1]) > 0 && (asked.size() > 1 || nf.words().size() == 1);
            Head head = spelt ? Head.SPELT : askedHead.isNounLike() ? Head.OTHER : Head.LEFT_OUT;
            PartialName p = new PartialName(phraseHits / (double) asked.size(), nameHits / (double) name.size(),
                    abbreviated, known, head);
            out.merge(nf.entry(), p, (x, y) -> x.phraseShare() + x.nameShare() >= y.phraseShare() + y.nameShare() ? x : y);
        }
        return out;
    }

    /**
     * The names (indexes into {@link #names}, ascending) with a content word that some word of
     * {@code asked} can match in {@link #wordMatch}: the same canonical form, a shared form, the same
     * stem, or a name word that starts with the asked word's first three letters.
     */
    private int[] namesSharingAWordWith(List<Word> asked, String[] askedStems) {
        java.util.BitSet found = new java.util.BitSet(names.size());
        for (int k = 0; k < asked.size(); k++) {
            Word a = asked.get(k);
            mark(found, byContentWord.get("c:" + a.canon()));
            for (String f : a.forms()) {
                mark(found, byContentWord.get("f:" + f));
            }
            mark(found, byContentWord.get("s:" + askedStems[k]));
            if (a.norm().length() >= 3) {
                mark(found, byContentWord.get("p:" + a.norm().substring(0, 3)));
            }
        }
        return found.stream().toArray();
    }

    private static void mark(java.util.BitSet found, int[] indexes) {
        if (indexes != null) {
            for (int i : indexes) {
                found.set(i);
            }
        }
    }

    /** 2 when two words are one word (a form or the same stem), 1 when {@code asked} truncates {@code name}, else 0. */
    static int wordMatch(Word asked, Word name) {
        return wordMatch(asked, LexicalIndex.stem(asked), name, LexicalIndex.stem(name));
    }

    private static int wordMatch(Word asked, String askedStem, Word name, String nameStem) {
        if (asked.sameAs(name) || askedStem.equals(nameStem)) {
            return 2;
        }
        String a = asked.norm();
        String n = name.norm();
        return a.length() >= 3 && n.length() > a.length() && n.startsWith(a)
                && a.chars().allMatch(Character::isLetter) ? 1 : 0;
    }

    private static boolean isContent(Word w) {
        return !StopWords.WORDS.contains(w.norm()) && w.norm().chars().anyMatch(Character::isLetterOrDigit);
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
