package dev.glossarytutor.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.nlp.Analyzer;
import java.nio.file.*;
import java.util.*;

/** Manual probe: describe-question top-1 accuracy of retrieval for a model and chunking mode. */
public class DescribeProbe {
    public static void main(String[] args) throws Exception {
        var g = GlossaryLoader.load(Path.of("glossary"));
        Analyzer an = new Analyzer();
        List<AnswerEngine> engines = new ArrayList<>();
        for (String id : args[0].split("\\+")) { EmbeddingChoice c = EmbeddingChoice.byId(id); engines.add(new AnswerEngine(g, an, c.create(), c.queryPrefix())); }
        var engine = engines.get(0);
        ObjectMapper json = new ObjectMapper();
        for (int f = 1; f < args.length; f++) {
            int right = 0, total = 0;
            for (String line : Files.readAllLines(Path.of(args[f]))) {
                var row = json.readTree(line);
                if (!row.get("kind").asText().equals("describe")) continue;
                var q = engine.parse(row.get("q").asText());
                Map<String, Double> sum = new HashMap<>();
                for (var en : engines) for (var sc : en.retrieve(q.description(), q.targetWords(), Set.of())) sum.merge(sc.entry().term(), sc.score(), Double::sum);
                var ranked = sum.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(e -> new AnswerEngine.Scored(g.get(e.getKey()), e.getValue(), 0, 0)).toList();
                String top = ranked.get(0).entry().term().toLowerCase().replaceAll("[^a-z]", "");
                boolean ok = false;
                for (var e : row.get("expect")) { String x = e.asText().toLowerCase().replaceAll("[^a-z]", ""); ok |= top.startsWith(x) || x.startsWith(top); }
                total++; if (ok) right++; else System.out.println("  miss: " + row.get("q").asText() + " -> " + ranked.get(0).entry().term());
            }
            System.out.printf("%s %s %s: %d/%d%n", args[0], System.getProperty("tutor.chunks", "def"), args[f], right, total);
        }
    }
}
