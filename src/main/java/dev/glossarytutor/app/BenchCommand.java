package dev.glossarytutor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteEmbeddingCache;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: loads everything, warms up, then times questions through the core in-process,
 * with the answer cache off so every question is really analysed. Start-up is timed from the
 * JVM's start to names-ready (a named term can be answered) and to all-ready (definitions
 * embedded, from {@code TUTOR_DATA_DIR/embeddings.db} when a previous run left them there).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time questions through the core; prints glossary_terms, startup_ms (names_ready_ms, all_ready_ms), "
                + "p50/p90/p99_ms, throughput_qps, heap_mb, rss_mb (peak resident memory)."
                + " 'bench report' times the class report instead.",
        subcommands = ReportBenchCommand.class)
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--questions", paramLabel = "FILE",
            description = "JSON lines with a \"q\" field (default: ../shared/eval/dev-questions.jsonl, "
                    + "else one \"what is <term>?\" per glossary term)")
    Path questions;

    @picocli.CommandLine.Mixin
    ConsoleCourseOption course = new ConsoleCourseOption();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over the questions (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            System.err.println("--rounds must be at least 1");
            return 2;
        }
        Config config = Main.config();
        config.embeddings().requireRunnable();
        try (SqliteEmbeddingCache stored = SqliteEmbeddingCache.open(config.embeddingCacheFile())) {
            return run(config, stored);
        }
    }

    private int run(Config config, SqliteEmbeddingCache stored) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Tutor tutor = Tutor.builder().glossary(GlossaryLoader.load(course.folder(config).path()))
                .embeddings(config.embeddings()).embeddingCache(stored).cacheSize(0).build();
        long namesReadyMs = System.currentTimeMillis() - jvmStart;
        tutor.awaitEmbeddings();
        long allReadyMs = System.currentTimeMillis() - jvmStart;
        StartupGarbage.release(); // as the app does once start-up is done, before the warm-up and the timed passes
        List<String> asked = questions(tutor);

        for (String q : asked) {
            tutor.ask(q); // warm-up: JIT, ONNX session, thread-local OpenNLP tools
        }
        double[] millis = new double[asked.size() * rounds];
        int i = 0;
        long wallStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String q : asked) {
                long t0 = System.nanoTime();
                tutor.ask(q);
                millis[i++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        Arrays.sort(millis);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);

        System.out.println("embedding_model: " + config.embeddings().id());
        System.out.println("glossary_terms: " + tutor.glossary().entries().size());
        System.out.println("questions: " + asked.size() + " x " + rounds + " rounds");
        System.out.println("startup_ms: " + allReadyMs);
        System.out.println("names_ready_ms: " + namesReadyMs);
        System.out.println("all_ready_ms: " + allReadyMs);
        System.out.printf("p50_ms: %.2f%n", percentile(millis, 50));
        System.out.printf("p90_ms: %.2f%n", percentile(millis, 90));
        System.out.printf("p99_ms: %.2f%n", percentile(millis, 99));
        System.out.printf("throughput_qps: %.1f%n", millis.length / wallSeconds);
        System.out.println("heap_mb: " + heapMb);
        System.out.println("rss_mb: " + peakResidentMb().map(String::valueOf).orElse("unknown"));
        return 0;
    }

    /** The process's peak resident memory so far (VmHWM in /proc/self/status; Linux only). */
    static Optional<Long> peakResidentMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<String> questions(Tutor tutor) throws IOException {
        Path file = questions != null ? questions : Path.of("..", "shared", "eval", "dev-questions.jsonl");
        if (Files.isRegularFile(file)) {
            ObjectMapper json = new ObjectMapper();
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode q = json.readTree(line).get("q");
                    if (q != null) {
                        out.add(q.asText());
                    }
                }
            }
            return out;
        }
        if (questions != null) {
            throw new IOException("no such questions file: " + questions);
        }
        return tutor.glossary().entries().stream().map(Entry::term).map(t -> "what is " + t + "?").toList();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
