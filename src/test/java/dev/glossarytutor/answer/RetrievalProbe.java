package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.nlp.Analyzer;
import java.nio.file.*;
import java.util.*;

/** Manual probe: prints the retrieval ranking for questions on stdin. */
public class RetrievalProbe {
    public static void main(String[] args) throws Exception {
        var g = GlossaryLoader.load(Path.of("glossary"));
        EmbeddingChoice choice = EmbeddingChoice.byId(args.length > 0 ? args[0] : "bge-small-en-v1.5");
        var engine = new AnswerEngine(g, new Analyzer(), choice.create(), choice.queryPrefix());
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            var q = engine.parse(line);
            var ranked = engine.retrieve(q.description(), q.targetWords(), Set.of());
            System.out.printf("%s | intent=%s framed=%s desc='%s'%n", line, q.intent(), q.framed(), q.description());
            for (int i = 0; i < 4 && i < ranked.size(); i++) {
                var s = ranked.get(i);
                System.out.printf("   %.3f sem=%.3f bm25=%.2f %s%n", s.score(), s.semantic(), s.lexical(), s.entry().term());
            }
            System.out.println("   -> " + engine.answer(line).terms());
        }
    }
}
