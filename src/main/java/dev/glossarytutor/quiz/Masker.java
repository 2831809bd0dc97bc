package dev.glossarytutor.quiz;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Inflection;
import dev.glossarytutor.nlp.Spelling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides an entry's own names inside a text shown as a quiz prompt, so that "Pooling layers are
 * ..." does not give the answer away. Every name a student may type for the entry (term, aliases,
 * hidden variants) is masked, with its plural and simple inflected forms ("layers", "-ing",
 * "-ability"), because each of them would be an accepted answer. A form that is the name of
 * another glossary entry is left alone ("activation" is not masked for Activation maps).
 *
 * <p>The result is a prompt, not a quote: reveals always show the verbatim definition.
 */
public final class Masker {
    /** What replaces a masked name. */
    public static final String BLANK = "___";

    private final Set<String> otherNames;
    private final Entry entry;

    private Masker(Entry entry, Set<String> otherNames) {
        this.entry = entry;
        this.otherNames = otherNames;
    }

    /** A masker for {@code entry} that protects the names of every other entry of {@code glossary}. */
    public static Masker forEntry(Entry entry, Glossary glossary) {
        Set<String> others = new HashSet<>();
        for (Entry e : glossary.entries()) {
            if (!e.term().equals(entry.term())) {
                e.allNames().forEach(n -> others.add(Spelling.squash(n)));
            }
        }
        return new Masker(entry, others);
    }

    /** Masks {@code text}; overlapping matches are merged into one blank. */
    public String mask(String text) {
        List<int[]> spans = new ArrayList<>();
        for (String form : forms()) {
            Matcher m = pattern(form).matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        int lastEnd = -1;
        for (int[] s : spans) {
            if (s[0] < lastEnd) {
                if (s[1] > lastEnd) {
                    lastEnd = s[1];
                    at = lastEnd;
                }
                continue;
            }
            out.append(text, at, s[0]).append(BLANK);
            at = s[1];
            lastEnd = s[1];
        }
        out.append(text.substring(at));
        return out.toString();
    }

    /** The entry's names and their inflected forms, minus forms owned by other entries. */
    Set<String> forms() {
        Set<String> forms = new LinkedHashSet<>();
        for (String name : entry.allNames()) {
            String base = Spelling.normalize(name);
            if (base.isEmpty()) {
                continue;
            }
            forms.add(base);
            forms.addAll(inflections(base));
        }
        forms.removeIf(f -> otherNames.contains(f.replace(" ", "")));
        return forms;
    }

    private static List<String> inflections(String base) {
        List<String> out = new ArrayList<>();
        out.add(base + "s");
        out.add(base + "es");
        out.add(base + "ed");
        out.add(base + "ing");
        if (base.endsWith("y")) {
            out.add(cut(base, 1) + "ies");
        }
        if (base.endsWith("e")) {
            out.add(cut(base, 1) + "ing");
            out.add(base + "d");
        }
        if (base.endsWith("able")) {
            out.add(cut(base, 4) + "ability");
            out.add(cut(base, 4) + "ably");
        }
        String singular = Inflection.singular(base);
        if (!singular.equals(base)) {
            out.add(singular);
        }
        return out;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    /** Words of the form separated by any run of spaces, hyphens or nothing ("U-Net", "u net", "unet"). */
    private static Pattern pattern(String form) {
        String[] words = form.split(" ");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("[\\s\\-_/]*");
            }
            re.append(Pattern.quote(words[i]));
        }
        re.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
