package dev.glossarytutor.console;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import dev.glossarytutor.instructor.NotInstructorException;
import java.io.BufferedReader;
import java.io.PrintWriter;

/** {@code reload}: re-reads the glossary folder; on problems the old glossary stays live. */
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
        return "reload               re-read the glossary files (the old glossary stays if they have problems)";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        try {
            out.println(reloader.reload(Actor.console()).text());
        } catch (NotInstructorException e) {
            out.println(e.getMessage());
        }
    }
}
