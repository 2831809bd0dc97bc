package dev.glossarytutor.coverage;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups the gap log's questions by subject: the normalised question without its question words
 * ("what is a", "can you explain", ...), so "what is a flux capacitor" and "define flux capacitor"
 * count together.
 */
final class GapSubjects {
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:what|whats|who|whos|how|why|where|when|which)\\s+(?:is|are|was|were|does|do|did)?\\s*|"
                    + "(?:can|could)\\s+you\\s+(?:please\\s+)?(?:explain|eli5|define|tell me about)\\s*|"
                    + "(?:please\\s+)?(?:explain|eli5|define|describe)\\s*|tell me about\\s*|meaning of\\s*)+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    private static final Pattern TAIL = Pattern.compile("\\s+(?:mean|means|stand for|please)$");

    private GapSubjects() {
    }

    static String subjectOf(String normalized) {
        String s = LEAD.matcher(normalized.strip()).replaceFirst("");
        s = ARTICLE.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("").strip();
        return s.isEmpty() ? normalized.strip() : s;
    }

    static List<ClassReport.SubjectCount> top(GapReport report, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GapReport.Gap g : report.gaps()) {
            counts.merge(subjectOf(g.normalized()), g.count(), Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new ClassReport.SubjectCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ClassReport.SubjectCount::count).reversed()
                        .thenComparing(ClassReport.SubjectCount::subject))
                .limit(limit)
                .toList();
    }
}
