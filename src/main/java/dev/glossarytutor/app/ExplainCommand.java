package dev.glossarytutor.app;

import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.explain.ExplainRequest;
import dev.glossarytutor.explain.Explanation;
import dev.glossarytutor.explain.LanguageTag;
import dev.glossarytutor.explain.Style;
import dev.glossarytutor.totd.ServedServers;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain TERM [--style S] [--lang CODE]}: prints the verbatim definition and, when an LLM
 * is configured, an AI rephrasing beneath it. Exits 0 when the term was quoted, 1 when the
 * glossary has no such term, 2 on bad options.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Quote a term's definition, then add an AI rephrasing when an LLM is configured.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "simpler",
            description = "simpler, example or analogy (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
            description = "Language of the rephrasing, e.g. en, de, pt-BR (default: ${DEFAULT-VALUE}); the quote stays as written.")
    String language;

    @Parameters(arity = "1..*", paramLabel = "TERM", description = "The term (words are joined).")
    List<String> words = List.of();

    @Override
    public Integer call() throws GlossaryException {
        PrintWriter out = spec.commandLine().getOut();
        ExplainRequest request;
        try {
            request = new ExplainRequest(String.join(" ", words), Style.parse(style), LanguageTag.parse(language),
                    ServedServers.CONSOLE_SERVER);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (Wiring app = Main.start(Main.config())) {
            Explanation explanation = app.explainer().explain(request);
            out.println(app.explanationText().render(explanation));
            out.flush();
            return explanation.quote().isPresent() ? 0 : 1;
        }
    }
}
