package dev.glossarytutor.app;

import dev.glossarytutor.answer.MatchTuning;
import dev.glossarytutor.answer.Tuner;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tune}: fits the answer scorer's weights and thresholds on question files and writes
 * {@code match-tuning.json}; with {@code --cross-validate} it also fits on all glossaries but one
 * and scores the one left out, for each glossary in turn. See docs/matching.md.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Fit the answer scorer on question files and write match-tuning.json.")
final class TuneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--set", required = true, paramLabel = "NAME=GLOSSARY=QUESTIONS[,QUESTIONS...]",
            description = "A glossary (folder or file) and its question files (JSON lines: q, kind, expect[, all]). "
                    + "Repeat for each glossary.")
    List<String> sets;

    @Option(names = "--fit-also", paramLabel = "NAME=QUESTIONS[,QUESTIONS...]",
            description = "More questions on the glossary of set NAME that are fitted on but never scored: with "
                    + "--cross-validate they join the fit of every fold that trains on NAME, never the score of "
                    + "the fold that holds NAME out.")
    List<String> fitAlso = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the tuning (default: print only).")
    Path out;

    @Option(names = "--cross-validate", description = "Also report leave-one-glossary-out accuracy.")
    boolean crossValidate;

    @Option(names = "--score-only", description = "Score the shipped tuning on every set; fit nothing.")
    boolean scoreOnly;

    @Option(names = "--tuning", paramLabel = "FILE", description = "With --score-only: score this tuning file instead.")
    Path tuningFile;

    @Option(names = "--show-misses", description = "Print each wrongly answered question with its top candidates (with --cross-validate: "
                    + "the held-out glossary's misses under its fold's fit).")
    boolean showMisses;

    @Option(names = "--without", split = ",", paramLabel = "FEATURE",
            description = "Leave these signals out (their weights stay 0), to measure what each adds.")
    java.util.Set<dev.glossarytutor.answer.Feature> without = java.util.EnumSet.noneOf(dev.glossarytutor.answer.Feature.class);

    @Option(names = "--iterations", defaultValue = "3000", description = "Gradient descent steps (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--l2", defaultValue = "0.0001", description = "L2 penalty on the weights (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--close-margin", defaultValue = "0.1",
            description = "A runner-up with at least this probability is offered beside a described answer (default ${DEFAULT-VALUE}).")
    double closeMargin;

    @Override
    public Integer call() throws Exception {
        PrintWriter outText = spec.commandLine().getOut();
        List<Tuner.Examined> examined = new ArrayList<>(); // scored, one per --set
        List<Tuner.Examined> fitted = new ArrayList<>(); // fitted on: each set with its --fit-also questions
        List<String> files = new ArrayList<>();
        Map<String, List<String>> extra = new HashMap<>();
        for (String also : fitAlso) {
            String[] parts = also.split("=", 2);
            if (parts.length != 2) {
                spec.commandLine().getErr().println("--fit-also wants NAME=QUESTIONS, got: " + also);
                return 2;
            }
            extra.computeIfAbsent(parts[0], k -> new ArrayList<>()).addAll(List.of(parts[1].split(",")));
        }
        for (String set : sets) {
            String[] parts = set.split("=", 3);
            if (parts.length != 3) {
                spec.commandLine().getErr().println("--set wants NAME=GLOSSARY=QUESTIONS, got: " + set);
                return 2;
            }
            Tutor tutor = Tutor.builder().glossary(GlossaryLoader.load(Path.of(parts[1]))).build();
            List<Tuner.Labelled> questions = read(List.of(parts[2].split(",")), files);
            Tuner.Examined scored = Tuner.examine(parts[0], tutor, questions);
            examined.add(scored);
            outText.printf(Locale.ROOT, "%s: %d questions examined%n", parts[0], questions.size());
            List<String> alsoFiles = extra.remove(parts[0]);
            if (alsoFiles == null) {
                fitted.add(scored);
            } else {
                List<Tuner.Labelled> more = read(alsoFiles, files);
                fitted.add(scored.with(Tuner.examine(parts[0], tutor, more)));
                outText.printf(Locale.ROOT, "%s: %d more questions to fit on only%n", parts[0], more.size());
            }
        }
        if (!extra.isEmpty()) {
            spec.commandLine().getErr().println("--fit-also names no --set: " + extra.keySet());
            return 2;
        }
        if (scoreOnly) {
            MatchTuning shipped = tuningFile == null ? MatchTuning.shipped() : MatchTuning.read(tuningFile);
            for (Tuner.Examined set : examined) {
                outText.println(set.name() + " (" + (tuningFile == null ? "shipped tuning" : tuningFile) + "):");
                Tuner.Score score = Tuner.score(set, shipped);
                if (showMisses) {
                    score.misses().forEach(outText::println);
                    score.abstentions().forEach(outText::println);
                }
                outText.println(score.summary());
            }
            return 0;
        }
        if (crossValidate && examined.size() > 1) {
            for (int k = 0; k < examined.size(); k++) {
                Tuner.Examined held = examined.get(k);
                List<Tuner.Examined> rest = new ArrayList<>(fitted);
                rest.remove(k);
                MatchTuning fold = Tuner.fit(rest, List.of(), iterations, l2, closeMargin, without);
                outText.printf(Locale.ROOT, "held out %s (fitted on %s, quoteAbove %s):%n", held.name(),
                        rest.stream().map(Tuner.Examined::name).toList(), fold.quoteAbove());
                Tuner.Score score = Tuner.score(held, fold);
                if (showMisses) {
                    score.misses().forEach(outText::println);
                }
                outText.println(score.summary());
            }
        }
        MatchTuning all = Tuner.fit(fitted, files, iterations, l2, closeMargin, without);
        for (Tuner.Examined set : examined) {
            outText.println(set.name() + " (fitted on all, in-sample):");
            outText.println(Tuner.score(set, all).summary());
        }
        if (out != null) {
            all.write(out);
            outText.println("wrote " + out);
        }
        return 0;
    }

    private static List<Tuner.Labelled> read(List<String> questionFiles, List<String> files) throws java.io.IOException {
        List<Tuner.Labelled> questions = new ArrayList<>();
        for (String file : questionFiles) {
            questions.addAll(Tuner.read(Path.of(file)));
            files.add(file);
        }
        return questions;
    }
}
