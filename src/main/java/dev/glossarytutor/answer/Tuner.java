package dev.glossarytutor.answer;

import dev.glossarytutor.nlp.ParsedQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits and measures the learned scorer. A question file's questions are examined once (parsed,
 * matched, embedded); fitting and scoring then work on those signals alone, so a
 * leave-one-glossary-out cross-validation takes seconds.
 */
public final class Tuner {
    /** The share of questions about absent terms and of chatter that must abstain. */
    public static final double MIN_ABSTENTION = 0.97;

    private Tuner() {
    }

    /**
     * A question with what a right answer quotes, in the question files' format.
     *
     * @param expect the acceptable first terms; empty when the tutor must abstain
     * @param all    for comparisons, every term that must be quoted (else empty)
     * @param kind   the question's category (exact, typo, describe, absent, ...)
     */
    public record Labelled(String question, List<String> expect, List<String> all, String kind) {
        public Labelled {
            expect = List.copyOf(expect);
            all = List.copyOf(all);
        }
    }

    /** Reads a question file: one JSON object a line, {"q", "kind", "expect"[, "all"]}. */
    public static List<Labelled> read(java.nio.file.Path file) throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Labelled> out = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode row = json.readTree(line);
            List<String> expect = new ArrayList<>();
            row.path("expect").forEach(n -> expect.add(n.asText()));
            List<String> all = new ArrayList<>();
            row.path("all").forEach(n -> all.add(n.asText()));
            out.add(new Labelled(row.path("q").asText(), expect, all, row.path("kind").asText("?")));
        }
        return out;
    }

    /** One glossary's examined questions. */
    public static final class Examined {
        private final String name;
        private final List<Labelled> labels = new ArrayList<>();
        private final List<AnswerEngine.Examined> seen = new ArrayList<>();

        private Examined(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public int size() {
            return labels.size();
        }

        /**
         * This set's questions followed by {@code more}'s, under this set's name: one glossary's
         * questions, pooled as if they had been read together (thresholds are chosen per set).
         */
        public Examined with(Examined more) {
            Examined out = new Examined(name);
            out.labels.addAll(labels);
            out.labels.addAll(more.labels);
            out.seen.addAll(seen);
            out.seen.addAll(more.seen);
            return out;
        }
    }

    /** Examines every question on {@code tutor}'s glossary. */
    public static Examined examine(String name, Tutor tutor, List<Labelled> questions) {
        Examined out = new Examined(name);
        AnswerEngine engine = tutor.engine();
        engine.awaitSemantic(); // every question is scored with its meaning signals, as after start-up
        for (Labelled l : questions) {
            out.labels.add(l);
            out.seen.add(engine.examine(l.question()));
        }
        return out;
    }

    /** Accuracy figures of one tuning on one examined set, scored as the evaluation script does. */
    public record Score(int right, int total, int falseQuotes, int abstainRight, int abstainTotal,
                        Map<String, int[]> byKind, List<String> misses, List<String> abstentions,
                        Descriptions descriptions) {
        public double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }

        public String summary() {
            StringBuilder sb = new StringBuilder();
            byKind.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-12s %4d/%-4d %.3f%n", k, v[0], v[1],
                    (double) v[0] / v[1])));
            if (descriptions.total() > 0) {
                sb.append(descriptions.summary()).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "  quoted where it should abstain: %d; accuracy %.3f (%d/%d)",
                    falseQuotes, accuracy(), right, total));
            return sb.toString();
        }
    }

    /**
     * The questions of kind "describe" against plain baselines, all top-1 without abstaining:
     * BM25 alone, the embedding alone, and the scorer; then the scorer's answer or, when it
     * abstains, its suggestions.
     */
    public record Descriptions(int total, int bm25, int embedding, int scorerTop, int answered, int inSuggestions) {
        String summary() {
            return String.format(Locale.ROOT, "  descriptions, top-1: plain BM25 %d/%d, plain embedding %d/%d, scorer %d/%d;"
                    + " quoted right %d, right among the suggestions when abstaining %d", bm25, total, embedding, total,
                    scorerTop, total, answered, inSuggestions);
        }
    }

    private static Descriptions describeBaselines(Examined set, MatchTuning tuning) {
        int total = 0;
        int bm25 = 0;
        int embedding = 0;
        int scorerTop = 0;
        int answered = 0;
        int suggested = 0;
        for (int i = 0; i < set.size(); i++) {
            Labelled l = set.labels.get(i);
            AnswerEngine.Examined e = set.seen.get(i);
            if (!l.kind().equals("describe") || l.expect().isEmpty()) {
                continue;
            }
            total++;
            if (e.decided() != null || e.candidates().isEmpty()) {
                continue;
            }
            List<Candidate> c = e.candidates();
            bm25 += bestBy(c, Feature.LEXICAL, l) ? 1 : 0;
            embedding += bestBy(c, Feature.SEMANTIC, l) ? 1 : 0;
            double[] p = tuning.probabilities(c);
            int top = 0;
            for (int k = 1; k < p.length; k++) {
                top = p[k] > p[top] ? k : top;
            }
            scorerTop += judge(l, List.of(c.get(top).entry().term())) ? 1 : 0;
            Answer a = Decision.decide(e.question(), c, tuning);
            answered += judge(l, a.terms()) ? 1 : 0;
            suggested += a.terms().isEmpty() && a.suggestions().stream().anyMatch(t -> judge(l, List.of(t))) ? 1 : 0;
        }
        return new Descriptions(total, bm25, embedding, scorerTop, answered, suggested);
    }

    private static boolean bestBy(List<Candidate> candidates, Feature f, Labelled l) {
        Candidate best = candidates.stream().max(java.util.Comparator.comparingDouble(c -> c.get(f))).orElseThrow();
        return best.get(f) > 0 || f == Feature.SEMANTIC ? judge(l, List.of(best.entry().term())) : false;
    }

    public static Score score(Examined set, MatchTuning tuning) {
        int right = 0;
        int falseQuotes = 0;
        int abstainRight = 0;
        int abstainTotal = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> abstentions = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            Labelled l = set.labels.get(i);
            AnswerEngine.Examined e = set.seen.get(i);
            Answer a = e.decided() != null ? e.decided() : Decision.decide(e.question(), e.candidates(), tuning);
            boolean ok = judge(l, a.terms());
            right += ok ? 1 : 0;
            if (l.expect().isEmpty()) {
                abstainTotal++;
                abstainRight += ok ? 1 : 0;
                falseQuotes += ok ? 0 : 1;
            }
            if (ok && l.expect().isEmpty() && e.decided() == null && !e.candidates().isEmpty()) {
                abstentions.add(String.format(Locale.ROOT, "ABSTAINED [%s] %s; candidates %s", l.kind(), l.question(),
                        top(e.candidates(), tuning)));
            }
            if (!ok) {
                misses.add(String.format(Locale.ROOT, "MISS [%s] {%s} %s: got %s want %s; candidates %s", l.kind(),
                        e.decided() != null ? "decided" : Decision.shape(e.question(), e.candidates(),
                                mostProbable(e.candidates(), tuning)),
                        l.question(), a.terms(), l.expect(), e.decided() != null ? "-" : top(e.candidates(), tuning)));
            }
            int[] k = byKind.computeIfAbsent(l.kind(), x -> new int[2]);
            k[0] += ok ? 1 : 0;
            k[1]++;
        }
        return new Score(right, set.size(), falseQuotes, abstainRight, abstainTotal, byKind, misses, abstentions,
                describeBaselines(set, tuning));
    }

    /** The candidate {@code tuning} finds most probable; null when there is none. */
    private static Candidate mostProbable(List<Candidate> candidates, MatchTuning tuning) {
        int best = mostProbable(tuning.probabilities(candidates));
        return best < 0 ? null : candidates.get(best);
    }

    /** The index of the highest of {@code p}, the first of equals; -1 when it is empty. */
    private static int mostProbable(double[] p) {
        int best = -1;
        for (int c = 0; c < p.length; c++) {
            best = best < 0 || p[c] > p[best] ? c : best;
        }
        return best;
    }

    private static String top(List<Candidate> candidates, MatchTuning tuning) {
        double[] p = tuning.probabilities(candidates);
        return java.util.stream.IntStream.range(0, p.length).boxed()
                .sorted((a, b) -> Double.compare(p[b], p[a])).limit(3)
                .map(i -> String.format(Locale.ROOT, "%s %.2f", candidates.get(i).entry().term(), p[i]))
                .toList().toString();
    }

    /**
     * Fits the weights by multinomial logistic regression over each question's candidates and a
     * "none of them" option (batch gradient descent with a little L2), then picks
     * the quoting threshold that answers most questions right while questions about absent terms
     * and chatter abstain at least {@link #MIN_ABSTENTION} of the time.
     *
     * @param closeMargin stored as is: how near a runner-up must be to be offered as a close match
     */
    public static MatchTuning fit(List<Examined> training, List<String> trainedOn, int iterations, double l2,
                                  double closeMargin) {
        return fit(training, trainedOn, iterations, l2, closeMargin, java.util.Set.of());
    }

    /** Like {@link #fit} with some signals left out (their weights stay 0), to measure what each adds. */
    public static MatchTuning fit(List<Examined> training, List<String> trainedOn, int iterations, double l2,
                                  double closeMargin, java.util.Set<Feature> without) {
        // one group per question: its candidates' signals, which of them are right (none: abstain)
        List<double[][]> groups = new ArrayList<>();
        List<boolean[]> right = new ArrayList<>();
        for (Examined set : training) {
            for (int i = 0; i < set.size(); i++) {
                AnswerEngine.Examined e = set.seen.get(i);
                Labelled l = set.labels.get(i);
                if (e.decided() != null || e.candidates().isEmpty() && !l.expect().isEmpty()) {
                    continue;
                }
                double[][] xs = new double[e.candidates().size()][];
                boolean[] ys = new boolean[xs.length];
                boolean reachable = false;
                for (int c = 0; c < xs.length; c++) {
                    Candidate cand = e.candidates().get(c);
                    xs[c] = cand.features();
                    ys[c] = l.expect().stream().anyMatch(t -> same(t, cand.entry().term()));
                    reachable |= ys[c];
                }
                if (!l.expect().isEmpty() && !reachable) {
                    continue; // the right entry is not among the candidates: nothing to learn here
                }
                groups.add(xs);
                right.add(ys);
            }
        }
        int d = Feature.values().length;
        double[] w = new double[d + 1]; // the last is the bias
        Adam adam = new Adam(d + 1);
        int n = groups.size();
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d + 1];
            for (int g = 0; g < n; g++) {
                double[][] xs = groups.get(g);
                boolean[] ys = right.get(g);
                double[] p = softmax(xs, w);
                double rightMass = 0;
                for (int c = 0; c < xs.length; c++) {
                    rightMass += ys[c] ? p[c] : 0;
                }
                for (int c = 0; c < xs.length; c++) {
                    // d(-log P(right))/dz_c: p_c, less its share of the right mass when it is right
                    double err = p[c] - (ys[c] ? p[c] / rightMass : 0);
                    for (int j = 0; j < d; j++) {
                        grad[j] += err * xs[c][j];
                    }
                    grad[d] += err;
                }
            }
            for (int j = 0; j <= d; j++) {
                grad[j] = grad[j] / n + (j < d ? l2 * w[j] : 0);
            }
            for (Feature f : without) {
                grad[f.ordinal()] = 0;
            }
            adam.step(w, grad);
        }
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            weights.put(f, w[f.ordinal()]);
        }
        Map<MatchTuning.Shape, Double> half = new EnumMap<>(MatchTuning.Shape.class);
        for (MatchTuning.Shape shape : MatchTuning.Shape.values()) {
            half.put(shape, 0.5);
        }
        MatchTuning unthresholded = new MatchTuning(w[d], weights, half, 0.25, closeMargin, trainedOn);
        return withBestThreshold(training, unthresholded);
    }

    /** The candidates' probabilities against each other and against "none" (score 0), as at run time. */
    private static double[] softmax(double[][] xs, double[] w) {
        double[] z = new double[xs.length];
        int d = w.length - 1;
        for (int c = 0; c < xs.length; c++) {
            double s = w[d];
            for (int j = 0; j < d; j++) {
                s += w[j] * xs[c][j];
            }
            z[c] = s;
        }
        return MatchTuning.againstNone(z);
    }

    /** Thresholds tried: 0.02, 0.04, ... 0.98. */
    private static final int THRESHOLD_STEPS = 49;

    private static double threshold(int step) {
        return (step + 1) / (double) (THRESHOLD_STEPS + 1);
    }

    /** Adam (Kingma and Ba): gradient steps scaled per weight, so features of any range converge alike. */
    private static final class Adam {
        private static final double RATE = 0.05;
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(double[] w, double[] grad) {
            t++;
            for (int j = 0; j < w.length; j++) {
                m[j] = BETA1 * m[j] + (1 - BETA1) * grad[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * grad[j] * grad[j];
                double mHat = m[j] / (1 - Math.pow(BETA1, t));
                double vHat = v[j] / (1 - Math.pow(BETA2, t));
                w[j] -= RATE * mHat / (Math.sqrt(vHat) + EPSILON);
            }
        }
    }

    /**
     * The thresholds, one per shape of question, that answer most questions right while the
     * questions about absent terms and chatter of every glossary fitted on, each glossary on its own,
     * still abstain {@link #MIN_ABSTENTION} of the time (pooled, an easy glossary's abstentions
     * hid a hard one's false quotes: leave-one-glossary-out quoted more on the glossary left out). The best candidate of each question does not
     * depend on the threshold, so it is ranked once.
     */
    private static MatchTuning withBestThreshold(List<Examined> training, MatchTuning t) {
        // per set and shape: {probability of the best candidate, 1 if it is right, 1 if the question wants an abstention}
        int sets = training.size();
        List<Map<MatchTuning.Shape, List<double[]>>> bySetShape = new ArrayList<>();
        for (Examined set : training) {
            Map<MatchTuning.Shape, List<double[]>> byShape = new EnumMap<>(MatchTuning.Shape.class);
            bySetShape.add(byShape);
            for (int i = 0; i < set.size(); i++) {
                AnswerEngine.Examined e = set.seen.get(i);
                Labelled l = set.labels.get(i);
                if (e.decided() != null) {
                    continue;
                }
                double[] p = t.probabilities(e.candidates());
                int best = mostProbable(p);
                boolean topRight = best >= 0 && judge(l, List.of(e.candidates().get(best).entry().term()));
                double absent = l.expect().isEmpty() ? 1 : 0;
                byShape.computeIfAbsent(Decision.shape(e.question(), e.candidates(),
                                best < 0 ? null : e.candidates().get(best)), k -> new ArrayList<>())
                        .add(new double[] {best < 0 ? 0 : p[best], topRight ? 1 : 0, absent, MatchTuning.none(p)});
            }
        }
        // every combination of thresholds on a grid: the constraint holds over all shapes together,
        // in each glossary on its own, so that no one glossary's absent terms are given up for another's
        MatchTuning.Shape[] shapes = MatchTuning.Shape.values();
        int steps = THRESHOLD_STEPS;
        int[][] right = new int[shapes.length][steps];
        int[][][] absentQuoted = new int[sets][shapes.length][steps];
        int[] allowed = new int[sets];
        for (int s = 0; s < sets; s++) {
            int absentTotal = 0;
            for (int k = 0; k < shapes.length; k++) {
                for (double[] r : bySetShape.get(s).getOrDefault(shapes[k], List.of())) {
                    absentTotal += r[2] == 1 ? 1 : 0;
                    for (int step = 0; step < steps; step++) {
                        boolean quoted = MatchTuning.quotes(threshold(step), r[0], r[3]);
                        boolean ok = r[2] == 1 ? !quoted : quoted && r[1] == 1;
                        right[k][step] += ok ? 1 : 0;
                        absentQuoted[s][k][step] += r[2] == 1 && quoted ? 1 : 0;
                    }
                }
            }
            allowed[s] = (int) Math.floor(absentTotal * (1 - MIN_ABSTENTION));
        }
        // per shape, only the lowest threshold of each run of thresholds that answer alike: the others
        // cannot change the outcome, and leaving them out keeps the grid small with five shapes
        int[][] distinct = new int[shapes.length][];
        for (int k = 0; k < shapes.length; k++) {
            List<Integer> keep = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                boolean same = step > 0 && right[k][step] == right[k][step - 1];
                for (int s = 0; s < sets && same; s++) {
                    same = absentQuoted[s][k][step] == absentQuoted[s][k][step - 1];
                }
                if (!same) {
                    keep.add(step);
                }
            }
            distinct[k] = keep.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] best = new int[shapes.length];
        int bestRight = -1;
        int[] at = new int[shapes.length];
        // an odometer over the grid: one threshold per shape
        while (true) {
            boolean within = true;
            for (int s = 0; s < sets && within; s++) {
                int quotedAbsent = 0;
                for (int k = 0; k < shapes.length; k++) {
                    quotedAbsent += absentQuoted[s][k][distinct[k][at[k]]];
                }
                within = quotedAbsent <= allowed[s];
            }
            if (within) {
                int total = 0;
                for (int k = 0; k < shapes.length; k++) {
                    total += right[k][distinct[k][at[k]]];
                }
                if (total > bestRight) {
                    bestRight = total;
                    for (int k = 0; k < shapes.length; k++) {
                        best[k] = distinct[k][at[k]];
                    }
                }
            }
            int k = shapes.length - 1;
            while (k >= 0 && ++at[k] == distinct[k].length) {
                at[k--] = 0;
            }
            if (k < 0) {
                break;
            }
        }
        Map<MatchTuning.Shape, Double> thresholds = new EnumMap<>(MatchTuning.Shape.class);
        for (int k = 0; k < shapes.length; k++) {
            thresholds.put(shapes[k], bestRight < 0 ? threshold(steps - 1) : threshold(best[k]));
        }
        double lowest = thresholds.values().stream().mapToDouble(Double::doubleValue).min().orElse(0.5);
        return new MatchTuning(t.bias(), t.weights(), thresholds, lowest / 2, t.closeMargin(), t.trainedOn());
    }

    /** Right as the evaluation script judges it: the first term expected, or every compared term near the top. */
    static boolean judge(Labelled l, List<String> terms) {
        if (l.expect().isEmpty()) {
            return terms.isEmpty();
        }
        if (!l.all().isEmpty()) {
            List<String> head = terms.subList(0, Math.min(terms.size(), l.all().size() + 1));
            return l.all().stream().allMatch(e -> head.stream().anyMatch(t -> same(t, e)));
        }
        return !terms.isEmpty() && l.expect().stream().anyMatch(e -> same(terms.get(0), e));
    }

    /** The evaluation script's name comparison: letters and digits only, one a prefix of the other. */
    static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (Math.min(x.length(), y.length()) < 4) {
            return x.equals(y);
        }
        return x.startsWith(y) || y.startsWith(x);
    }
}
