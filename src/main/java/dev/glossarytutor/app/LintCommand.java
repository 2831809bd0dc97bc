package dev.glossarytutor.app;

import java.util.ArrayList;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.CourseFolder;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lint [PATH]}: prints every glossary problem as file:line: reason; exits 1 if any. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the glossary files and print every problem with file and line.")
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A glossary folder or file, or a folder of courses, each checked alone (default: TUTOR_GLOSSARY or glossary/).")
    Path path;

    @Override
    public Integer call() {
        Path target = path != null ? path : Main.config().glossaryPath();
        List<Problem> problems = new ArrayList<>();
        try {
            for (CourseFolder course : CourseFolder.discover(target)) { // a folder of courses: each checked alone
                problems.addAll(GlossaryLoader.lint(course.path()));
            }
        } catch (GlossaryException e) {
            problems.addAll(e.problems());
        }
        return report(target, problems, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Prints "PATH: OK" or every problem and their count (as {@code lint} does); 0 when clean, else 1. */
    static int report(Path target, List<Problem> problems, PrintWriter out, PrintWriter err) {
        if (problems.isEmpty()) {
            out.println(target + ": OK");
            out.flush();
            return 0;
        }
        problems.forEach(err::println);
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        err.flush();
        return 1;
    }
}
