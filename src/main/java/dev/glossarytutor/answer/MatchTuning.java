package dev.glossarytutor.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The learned scorer's weights and decision thresholds: everything the ranking would otherwise
 * hard-code. Read from the one resource {@code match-tuning.json}; {@code tune} writes it from
 * question files, with each field's meaning beside it.
 *
 * @param bias          the scorer's intercept
 * @param weights       one weight per {@link Feature}
 * @param quoteAbove    an entry is quoted when its probability reaches this, for each shape of question
 * @param suggestAbove  an entry is suggested (when nothing is quoted) or offered as a close match above this
 * @param closeMargin   a runner-up with at least this probability is offered beside a described answer
 * @param trainedOn     the question files the weights were fitted on, for the record
 */
public record MatchTuning(double bias, Map<Feature, Double> weights, Map<Shape, Double> quoteAbove, double suggestAbove,
                          double closeMargin, List<String> trainedOn) {
    public static final String RESOURCE = "/match-tuning.json";

    /** The shapes of question that each get their own quoting threshold. */
    public enum Shape {
        /** "what do you call ...", "the X that ...": the student describes a term. */
        DESCRIBED("a description (what do you call ..., the X that ...)"),
        /** "what is X", "define X", "X?": the phrase asked about is one name, spelt whole. */
        NAMED("a question whose phrase is one glossary name spelt whole, perhaps misspelt (what is X, define X, X?)"),
        /**
         * "what is unicast", "what is a prob dist": a naming form whose phrase names nothing whole but is
         * spelt, word by word, by part of one name that ends where the phrase ends.
         */
        SHORTENED("a question in a naming form whose phrase spells no name whole but whose every content word one "
                + "entry's name spells, up to stems and truncations, ending as that name ends or with its head noun "
                + "left out (what is unicast, what is a prob dist)"),
        /** "what is effect size", "what is a GAN": a naming form whose phrase is not one name spelt whole. */
        LOOSE("a question in a naming form whose phrase is not one glossary name spelt whole: a name among other words (what is effect size), part of a name, or no name (what is a GAN)"),
        /** No question form: chat that may mention a term. */
        CHAT("a message without a question's form");

        private final String meaning;

        Shape(String meaning) {
            this.meaning = meaning;
        }
    }

    /** The threshold for questions of {@code shape}. */
    public double quoteAbove(Shape shape) {
        return quoteAbove.get(shape);
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    public MatchTuning {
        // unmodifiable enum maps, not Map.copyOf: they print in the enum's order on every run
        weights = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(weights, "weights")));
        trainedOn = List.copyOf(trainedOn);
        quoteAbove = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(quoteAbove, "quoteAbove")));
        for (Shape shape : Shape.values()) {
            check(Objects.requireNonNull(quoteAbove.get(shape), "quoteAbove " + shape), "quoteAbove " + shape);
        }
        check(suggestAbove, "suggestAbove");
        check(closeMargin, "closeMargin");
    }

    private static void check(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must lie between 0 and 1: " + p);
        }
    }

    /** The shipped tuning. */
    public static MatchTuning shipped() {
        try (InputStream in = MatchTuning.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A tuning written by {@link #write}. */
    public static MatchTuning read(Path file) throws IOException {
        return parse(JSON.readTree(file.toFile()));
    }

    /**
     * The probability that each candidate is what the question asks for, against each other and
     * against "none of them" (a softmax whose null option scores 0), in the candidates' order.
     */
    double[] probabilities(List<Candidate> candidates) {
        double[] z = new double[candidates.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = score(candidates.get(i).features());
        }
        return againstNone(z);
    }

    /**
     * Turns scores into probabilities, in place, against each other and against a "none of them"
     * option that scores 0. The run-time decision and the fit share this one softmax.
     */
    static double[] againstNone(double[] z) {
        double max = 0; // the null option's score
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = Math.exp(-max);
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
        return z;
    }

    /** The probability of "none of them" beside candidates whose probabilities are {@code p}. */
    static double none(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        return Math.max(0, 1 - sum);
    }

    /**
     * Whether a best candidate of probability {@code best} is quoted for a question of {@code shape}:
     * it reaches the shape's threshold and is more probable than "none of them". The second keeps a
     * threshold fitted on few unanswerable questions of one shape from quoting a 2% guess.
     */
    boolean quotes(MatchTuning.Shape shape, double best, double none) {
        return quotes(quoteAbove(shape), best, none);
    }

    /** The same rule for a given threshold: {@code tune} tries many before it picks one per shape. */
    static boolean quotes(double threshold, double best, double none) {
        return best >= threshold && best >= none;
    }

    double score(double[] x) {
        double z = bias;
        for (Feature f : Feature.values()) {
            z += weights.getOrDefault(f, 0.0) * x[f.ordinal()];
        }
        return z;
    }

    static MatchTuning parse(JsonNode root) {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        JsonNode w = root.path("weights");
        for (Feature f : Feature.values()) {
            JsonNode node = w.path(f.name());
            if (node.isMissingNode()) {
                throw new IllegalStateException(RESOURCE + ": no weight for " + f.name());
            }
            weights.put(f, node.path("weight").asDouble());
        }
        List<String> trainedOn = new java.util.ArrayList<>();
        root.path("trainedOn").forEach(n -> trainedOn.add(n.asText()));
        Map<Shape, Double> quote = new EnumMap<>(Shape.class);
        for (Shape shape : Shape.values()) {
            JsonNode node = root.path("quoteAbove").path(shape.name()).path("value");
            if (!node.isNumber()) {
                throw new IllegalStateException(RESOURCE + ": no quoteAbove for " + shape.name());
            }
            quote.put(shape, node.asDouble());
        }
        return new MatchTuning(root.path("bias").path("value").asDouble(), weights,
                quote, root.path("suggestAbove").path("value").asDouble(),
                root.path("closeMargin").path("value").asDouble(), trainedOn);
    }

    /** Writes the tuning with each field's meaning beside its value (JSON has no comments). */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Weights and thresholds of the answer scorer (logistic regression over cheap signals). "
                + "Generated by `glossary-tutor tune`; do not edit by hand. See docs/matching.md.");
        field(root, "bias", bias, "intercept of the scorer: the log-odds of a candidate with every signal at 0");
        ObjectNode quote = root.putObject("quoteAbove");
        for (Shape shape : Shape.values()) {
            field(quote, shape.name(), quoteAbove.get(shape), "for " + shape.meaning + ": the best candidate is quoted "
                    + "when its probability is at least this; chosen so that questions about absent terms and chatter "
                    + "abstain at least 97% of the time");
        }
        field(root, "suggestAbove", suggestAbove, "below quoteAbove, candidates above this are offered as suggestions "
                + "or close matches; nothing is suggested below it");
        field(root, "closeMargin", closeMargin, "a runner-up with at least this probability is offered beside a "
                + "described answer (up to two)");
        ObjectNode ws = root.putObject("weights");
        for (Feature f : Feature.values()) {
            ObjectNode n = ws.putObject(f.name());
            n.put("weight", Math.round(weights.getOrDefault(f, 0.0) * 10_000) / 10_000.0);
            n.put("meaning", f.meaning());
        }
        var files = root.putArray("trainedOn");
        trainedOn.forEach(files::add);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
    }

    private static void field(ObjectNode root, String name, double value, String meaning) {
        ObjectNode n = root.putObject(name);
        n.put("value", Math.round(value * 10_000) / 10_000.0);
        n.put("meaning", meaning);
    }
}
