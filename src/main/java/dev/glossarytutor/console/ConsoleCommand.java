package dev.glossarytutor.console;

import dev.glossarytutor.totd.ServedServers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A REPL command other than a plain question ({@code quiz}, {@code totd}, {@code explain} ...).
 * Each feature contributes its commands; the REPL dispatches on the first word.
 */
public interface ConsoleCommand {
    /** The server the console asks, quizzes and posts as. */
    String SERVER = ServedServers.CONSOLE_SERVER;

    /** The word that starts the command, lower case. */
    String name();

    /** One line for {@code help}: usage and what it does. */
    String help();

    /**
     * Runs the command. {@code in} is the REPL's own input, so an interactive command (a quiz)
     * reads the student's answers from it; at end of input it must return quietly.
     */
    void run(String arguments, BufferedReader in, PrintWriter out) throws IOException;
}
