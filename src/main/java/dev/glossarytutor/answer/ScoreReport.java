package dev.glossarytutor.answer;

import dev.glossarytutor.nlp.ParsedQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the scorer saw of one question, for whoever changes the matcher: how it was parsed, which
 * threshold applies, and each candidate's probability with the signals that made it (weight times
 * value). {@code ask --signals} prints it; nothing in the bot reads it.
 *
 * @param question  the message as typed
 * @param intent    what the parser read it as asking (define, describe, compare, none)
 * @param phrase    the words it asks about
 * @param shape     the shape of question whose threshold applies; null when no candidate was scored
 * @param threshold that shape's quoting threshold; 0 when no candidate was scored
 * @param none      the probability of "none of them"
 * @param bias      the scorer's intercept, added to every candidate's weighted signals
 * @param rows      the candidates, most probable first
 */
public record ScoreReport(String question, String intent, String phrase, MatchTuning.Shape shape, double threshold,
                          double none, double bias, List<Row> rows) {

    public ScoreReport {
        rows = List.copyOf(rows);
    }

    /**
     * One candidate: its probability and the weighted signals that were not zero, in the order of {@link Feature}.
     *
     * @param term        the entry's heading
     * @param probability its share of the softmax over the candidates and "none of them"
     * @param weighted    each signal's weight times its value
     */
    public record Row(String term, double probability, Map<Feature, Double> weighted) {
        public Row {
            weighted = Map.copyOf(weighted);
        }
    }

    /** The report of one examined message under {@code tuning}. */
    static ScoreReport of(String text, AnswerEngine.Examined examined, MatchTuning tuning) {
        ParsedQuestion q = examined.question();
        String intent = q.intent().name().toLowerCase(Locale.ROOT);
        if (examined.decided() != null) {
            return new ScoreReport(text, intent, q.description(), null, 0, 1, tuning.bias(), List.of());
        }
        List<Candidate> candidates = examined.candidates();
        double[] p = tuning.probabilities(candidates);
        List<Row> rows = new ArrayList<>();
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (best < 0 || p[i] > p[best]) {
                best = i;
            }
            Map<Feature, Double> weighted = new EnumMap<>(Feature.class);
            for (Feature f : Feature.values()) {
                double contribution = tuning.weights().getOrDefault(f, 0.0) * c.get(f);
                if (contribution != 0) {
                    weighted.put(f, contribution);
                }
            }
            rows.add(new Row(c.entry().term(), p[i], weighted));
        }
        rows.sort(Comparator.comparingDouble(Row::probability).reversed());
        MatchTuning.Shape shape = Decision.shape(q, candidates, best < 0 ? null : candidates.get(best));
        return new ScoreReport(text, intent, q.description(), shape, tuning.quoteAbove(shape), MatchTuning.none(p),
                tuning.bias(), rows);
    }

    /** The report as lines of text, a candidate per line followed by its signals, largest effect first. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s | intent %s | phrase \"%s\"%n", question, intent, phrase));
        if (shape == null) {
            return out.append("no candidate was scored (a comparison or a message without words)").toString();
        }
        out.append(String.format(Locale.ROOT, "shape %s, quoted at %.2f and above; none of them %.3f; "
                + "each score is the bias %+.3f plus the weighted signals below it%n", shape, threshold, none, bias));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%.3f  %s%n", r.probability(), r.term()));
            r.weighted().entrySet().stream()
                    .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                    .forEach(s -> out.append(String.format(Locale.ROOT, "         %+7.3f  %s%n", s.getValue(), s.getKey())));
        }
        return out.toString().stripTrailing();
    }
}
