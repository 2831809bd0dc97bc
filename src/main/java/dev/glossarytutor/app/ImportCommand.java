package dev.glossarytutor.app;

import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import dev.glossarytutor.glossaryadmin.ImportException;
import dev.glossarytutor.glossaryadmin.ImportFormat;
import dev.glossarytutor.glossaryadmin.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE --out OUT}: converts an instructor's glossary into the tutor's format, then
 * lints the result. Exit 0 when written and clean, 1 when written but the lint found problems,
 * 2 when refused (nothing written).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Convert an existing glossary into the tutor's format (## Term, blank line, the definition word"
                    + " for word), then lint the result.",
            "Reads CSV or TSV (term,definition; a header row and RFC 4180 quotes allowed), Markdown lists"
                    + " (**Term**: definition, - **Term** - definition), 'Term: definition' lines, Anki or"
                    + " Quizlet text exports (term<TAB>definition, Anki's #separator/#html lines) and Markdown"
                    + " with a heading per term and its definition below. The format is detected unless"
                    + " --format is given."},
        footer = {
            "",
            "Repeated terms (names compared as the lint does): the same definition word for word is kept"
                    + " once, with a warning naming both lines; a different definition is refused, naming both lines.",
            "Stubs whose whole definition is 'Refer to X', '(Refer to X)' or '(See X)' become an alias of X"
                    + " when X is in the file (students asking for them get X's definition), and are dropped"
                    + " otherwise; each with a warning naming its line.",
            "Unreadable input (an unterminated quote, a line with no separator, an empty term or definition)"
                    + " is refused with file and line, and nothing is written. The output is written to a"
                    + " temporary file beside it and moved into place only when complete.",
            "Exit status: 0 written and lint clean; 1 written, lint found problems; 2 refused, nothing written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The glossary to import.")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The glossary file to write (in glossary/ to use it), or - for standard output.")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Read the input as csv, tsv, markdown, colon, anki or headings instead of detecting it.")
    ImportFormat format;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Override
    public Integer call() throws ImportException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = out.equals("-");
        if (!toStdout) {
            Importer.checkTarget(Path.of(out), force);
        }
        Importer.Result result = Importer.read(source, Optional.ofNullable(format));
        result.warnings().forEach(w -> err.println(w.file() + ":" + w.line() + ": warning: " + w.reason()));
        err.flush();
        String markdown = Importer.render(result);
        String summary = "Imported " + result.terms().size() + (result.terms().size() == 1 ? " term" : " terms")
                + " from " + source + " (read as " + result.format().cliName() + ")";
        if (toStdout) {
            stdout.print(markdown);
            stdout.flush();
            err.println(summary);
            return LintCommand.report(Path.of("<stdout>"), lintText(markdown), err, err);
        }
        Path target = Path.of(out);
        Importer.write(markdown, target, force);
        stdout.println(summary + " into " + target);
        return LintCommand.report(target, GlossaryLoader.lint(target), stdout, err);
    }

    /** Lints text that was not written to a file, naming it {@code <stdout>} in the report. */
    private static List<Problem> lintText(String markdown) {
        try {
            Path dir = Files.createTempDirectory("glossary-import");
            Path file = dir.resolve("stdout.md");
            try {
                Files.writeString(file, markdown, StandardCharsets.UTF_8);
                return GlossaryLoader.lint(file).stream()
                        .map(p -> new Problem(Path.of("<stdout>"), p.line(), p.reason()))
                        .toList();
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lint the output: " + e.getMessage(), e);
        }
    }

    /** {@code --format} names, case aside. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            return ImportFormat.fromCliName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a format; expected one of "
                            + Arrays.stream(ImportFormat.values()).map(ImportFormat::cliName)
                                    .collect(Collectors.joining(", "))));
        }
    }
}
