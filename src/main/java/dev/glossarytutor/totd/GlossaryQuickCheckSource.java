package dev.glossarytutor.totd;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which term is this?" from the definition with the term's names masked, against three other
 * terms, preferring ones that share a tag (plausible wrong options). The choice is seeded by the
 * term, so the same term always gets the same check: a preview shows what will be posted.
 */
public final class GlossaryQuickCheckSource implements QuickCheckSource {
    static final String MASK = "_____";
    private static final int DISTRACTORS = 3;

    private final Supplier<Glossary> glossary;

    public GlossaryQuickCheckSource(Supplier<Glossary> glossary) {
        this.glossary = glossary;
    }

    @Override
    public QuickCheck quickCheckFor(Entry entry) {
        List<Entry> others = new ArrayList<>(glossary.get().entries());
        others.removeIf(e -> e.term().equalsIgnoreCase(entry.term()));
        if (others.isEmpty()) {
            throw new IllegalStateException("a quick check needs at least two glossary terms");
        }
        SplittableRandom random = new SplittableRandom(entry.term().toLowerCase(Locale.ROOT).hashCode());
        shuffle(others, random);
        List<Entry> sameTag = others.stream().filter(e -> sharesTag(e, entry)).toList();
        List<String> options = new ArrayList<>();
        sameTag.stream().limit(DISTRACTORS).forEach(e -> options.add(e.term()));
        others.stream().filter(e -> !sameTag.contains(e)).limit(DISTRACTORS - options.size())
                .forEach(e -> options.add(e.term()));
        int correct = random.nextInt(options.size() + 1);
        options.add(correct, entry.term());
        return new QuickCheck("Which term is this? \"" + mask(entry) + "\"", options, correct);
    }

    /** The definition with every name of the entry (and its plural) replaced by a blank. */
    static String mask(Entry entry) {
        List<String> names = new ArrayList<>(entry.allNames());
        names.sort(Comparator.comparingInt(String::length).reversed()); // "Activation maps" before "Activation"
        String text = entry.definition();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?:e?s)?(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            text = p.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return text;
    }

    private static boolean sharesTag(Entry a, Entry b) {
        return a.tags().stream().anyMatch(t -> b.tags().stream().anyMatch(t::equalsIgnoreCase));
    }

    private static void shuffle(List<Entry> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
