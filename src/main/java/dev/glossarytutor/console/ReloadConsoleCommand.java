package dev.glossarytutor.console;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import dev.glossarytutor.instructor.NotInstructorException;
import dev.glossarytutor.glossaryadmin.ReloadResult;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;

/**
 * {@code reload}: re-reads the glossary folder in the background; students keep the old glossary
 * until the new one is ready, and on problems the old one stays live. The outcome is printed when it
 * comes. {@code reload cancel} stops a reload in progress.
 */
public final class ReloadConsoleCommand implements ConsoleCommand {
    private final GlossaryReloader reloader;

    public ReloadConsoleCommand(GlossaryReloader reloader) {
        this.reloader = reloader;
    }

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String help() {
        return "reload [cancel]      re-read the glossary files in the background (the old glossary stays if they have problems)";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        try {
            if (arguments.strip().equalsIgnoreCase("cancel")) {
                out.println(reloader.cancel(Actor.console()) ? "Reload cancelled; the previous glossary stays."
                        : "No reload is running.");
                return;
            }
            CompletableFuture<ReloadResult> result = reloader.start(Actor.console());
            out.println("Reloading the glossary in the background; questions are answered from the current one"
                    + " until it is ready. (reload cancel stops it)");
            result.thenAccept(r -> {
                out.println(r.text());
                out.flush();
            });
        } catch (NotInstructorException e) {
            out.println(e.getMessage());
        }
    }
}
