package dev.glossarytutor.quiz;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Inflection;
import dev.glossarytutor.nlp.Spelling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Builds quiz questions from the glossary. Wrong options are plausible: entries that share a tag
 * family with the answer ("data splits", "segmentation") and its nearest neighbours by meaning
 * ({@link Tutor#similar}) rank first, and a few of the best are drawn at random so that repeated
 * quizzes vary. Everything random comes from the {@link Random} passed in, so a seed replays a quiz.
 */
public final class QuestionFactory {
    /** Longest option label for a definition; the full definition is quoted at the reveal. */
    public static final int LABEL_LIMIT = 140;
    private static final int NEIGHBOURS = 10;
    private static final int POOL = 6;
    /** A shared tag outweighs any neighbour rank, so families lead while similar() is rough. */
    private static final double TAG_WEIGHT = 2.0;

    private final Tutor tutor;

    public QuestionFactory(Tutor tutor) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
    }

    /** The glossary questions are drawn from (the tutor's current one, so reloads apply). */
    public Glossary glossary() {
        return tutor.glossary();
    }

    /** A one-off "quick check": the masked definition and four terms to choose from. */
    public Question multipleChoiceFor(Entry entry, Random random) {
        return create(entry, QuestionKind.DEFINITION_TO_TERM, random);
    }

    /** One question of the given kind about {@code entry}. */
    public Question create(Entry entry, QuestionKind kind, Random random) {
        Glossary glossary = tutor.glossary();
        return switch (kind) {
            case TYPE_THE_TERM -> new Question(kind, entry, maskedDefinition(entry, glossary), List.of(), List.of(), -1);
            case DEFINITION_TO_TERM -> {
                String prompt = maskedDefinition(entry, glossary);
                // a term the prompt itself names ("latent space" in Embedding's) would give itself away
                List<Entry> options = options(entry, random, prompt);
                yield new Question(kind, entry, prompt,
                        options.stream().map(Entry::term).toList(), options, options.indexOf(entry));
            }
            case TERM_TO_DEFINITION -> {
                List<Entry> options = options(entry, random, "");
                yield new Question(kind, entry, entry.term(),
                        options.stream().map(e -> label(maskedDefinition(e, glossary))).toList(),
                        options, options.indexOf(entry));
            }
        };
    }

    /**
     * The questions of one quiz: the {@code first} entries (due review terms) lead, the rest are
     * drawn at random; no term is asked twice. Fewer questions come back when the glossary is
     * smaller than {@code count}.
     */
    public List<Question> quiz(int count, Set<QuestionKind> kinds, List<Entry> first, Random random) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one question kind");
        }
        List<QuestionKind> kindList = kinds.stream().sorted().toList();
        Glossary glossary = tutor.glossary();
        Set<Entry> chosen = new LinkedHashSet<>();
        for (Entry e : first) {
            glossary.find(e.term()).ifPresent(chosen::add);
        }
        List<Entry> rest = new ArrayList<>(glossary.entries());
        rest.removeAll(chosen);
        Collections.shuffle(rest, random);
        chosen.addAll(rest);
        List<Question> questions = new ArrayList<>();
        for (Entry e : chosen) {
            if (questions.size() == count) {
                break;
            }
            QuestionKind kind = kindList.get(random.nextInt(kindList.size()));
            if (kind.isMultipleChoice() && glossary.size() < Question.OPTIONS) {
                kind = QuestionKind.TYPE_THE_TERM;
            }
            questions.add(create(e, kind, random));
        }
        return questions;
    }

    /** The answer and three distractors, in random order. */
    private List<Entry> options(Entry answer, Random random, String prompt) {
        List<Entry> options = new ArrayList<>(distractors(answer, Question.OPTIONS - 1, random, prompt));
        options.add(answer);
        Collections.shuffle(options, random);
        return options;
    }

    /**
     * {@code n} distinct wrong options for {@code answer}, most plausible first in the draw: never
     * the answer, never an entry sharing a name with it, never two with the same term or definition.
     */
    List<Entry> distractors(Entry answer, int n, Random random) {
        return distractors(answer, n, random, "");
    }

    /** Like {@link #distractors(Entry, int, Random)}, never an entry whose name appears in {@code prompt}. */
    List<Entry> distractors(Entry answer, int n, Random random, String prompt) {
        Glossary glossary = tutor.glossary();
        Map<Entry, Double> score = new LinkedHashMap<>();
        List<Entry> similar = tutor.similar(answer, NEIGHBOURS);
        for (int rank = 0; rank < similar.size(); rank++) {
            score.merge(similar.get(rank), (double) (NEIGHBOURS - rank) / NEIGHBOURS, Double::sum);
        }
        Set<String> tags = new HashSet<>(answer.tags());
        for (Entry e : glossary.entries()) {
            long shared = e.tags().stream().filter(tags::contains).count();
            if (shared > 0) {
                score.merge(e, TAG_WEIGHT * shared, Double::sum);
            }
        }
        List<Entry> ranked = new ArrayList<>(score.keySet());
        ranked.sort(Comparator.comparingDouble((Entry e) -> -score.get(e)));
        Picks picks = new Picks(answer, prompt);
        List<Entry> pool = new ArrayList<>();
        for (Entry e : ranked) {
            if (pool.size() < POOL && picks.take(e)) {
                pool.add(e);
            }
        }
        List<Entry> picked = drawWeighted(pool, score, n, random);
        if (picked.size() < n) {
            List<Entry> rest = new ArrayList<>(glossary.entries());
            Collections.shuffle(rest, random);
            for (Entry e : rest) {
                if (picked.size() < n && picks.take(e)) {
                    picked.add(e);
                }
            }
        }
        if (picked.size() < n) {
            throw new IllegalStateException("the glossary has too few distinct terms for " + (n + 1) + " options");
        }
        return picked;
    }

    /** Draws up to {@code n} entries without replacement, likelier the higher their score. */
    private static List<Entry> drawWeighted(List<Entry> pool, Map<Entry, Double> score, int n, Random random) {
        List<Entry> left = new ArrayList<>(pool);
        List<Entry> drawn = new ArrayList<>();
        while (drawn.size() < n && !left.isEmpty()) {
            double total = left.stream().mapToDouble(e -> weight(score, e)).sum();
            double r = random.nextDouble() * total;
            int i = 0;
            while (i < left.size() - 1 && (r -= weight(score, left.get(i))) >= 0) {
                i++;
            }
            drawn.add(left.remove(i));
        }
        return drawn;
    }

    /** Squared, so a family member is drawn far more often than a loose neighbour. */
    private static double weight(Map<Entry, Double> score, Entry e) {
        double s = score.get(e);
        return s * s;
    }

    /** Remembers the options taken so far and refuses one that would duplicate or give away the answer. */
    private static final class Picks {
        private final Entry answer;
        private final Set<String> answerNames;
        private final Set<String> terms = new HashSet<>();
        private final Set<String> definitions = new HashSet<>();

        /** The prompt's words, space-separated and padded, for whole-word search. */
        private final String promptWords;

        Picks(Entry answer, String prompt) {
            this.answer = answer;
            this.promptWords = " " + Spelling.normalize(prompt) + " ";
            this.answerNames = namesOf(answer);
            terms.add(key(answer.term()));
            definitions.add(answer.definition().strip());
        }

        boolean take(Entry e) {
            String term = key(e.term());
            boolean ok = !e.equals(answer)
                    && !terms.contains(term)
                    && !answerNames.contains(term)
                    && !namesOf(e).contains(key(answer.term()))
                    && !definitions.contains(e.definition().strip())
                    && !namedInPrompt(e);
            if (ok) {
                terms.add(term);
                definitions.add(e.definition().strip());
            }
            return ok;
        }

        /** Whether the prompt names {@code e} (its term or an alias, as whole words, singular or plural). */
        private boolean namedInPrompt(Entry e) {
            if (promptWords.isBlank()) {
                return false;
            }
            for (String name : e.allNames()) {
                String words = Spelling.normalize(name);
                if (!words.isEmpty() && (promptWords.contains(" " + words + " ") || promptWords.contains(" " + words + "s "))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String key(String name) {
        return Inflection.singular(Spelling.squash(name));
    }

    /** Squashed names with a trailing plural s removed, so "activation" and "activations" collide. */
    private static Set<String> namesOf(Entry e) {
        Set<String> names = new HashSet<>();
        for (String n : e.allNames()) {
            names.add(key(n));
        }
        return names;
    }

    private static String maskedDefinition(Entry entry, Glossary glossary) {
        return Masker.forEntry(entry, glossary).mask(entry.definition());
    }

    /** A definition shortened for an option label at a word boundary; quiz text, never a quote. */
    static String label(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LABEL_LIMIT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LABEL_LIMIT - 1);
        return flat.substring(0, cut > LABEL_LIMIT / 2 ? cut : LABEL_LIMIT - 1).stripTrailing() + "…";
    }
}
