package dev.glossarytutor.totd;

/**
 * Which servers' terms of the day a process posts. Every process shares one database, so a console
 * REPL must leave the Discord servers' schedules to the bot (else it prints their term and uses up
 * their day), and the bot must leave the console's schedule alone (it has no Discord channel).
 */
public enum ServedServers {
    /** The console REPL: only {@link #CONSOLE_SERVER}. */
    CONSOLE {
        @Override
        public boolean serves(String serverId) {
            return CONSOLE_SERVER.equals(serverId);
        }
    },
    /** The Discord bot: every server but the console's. */
    DISCORD {
        @Override
        public boolean serves(String serverId) {
            return !CONSOLE_SERVER.equals(serverId);
        }
    };

    /** The console and the command-line tools have no server; they ask, quiz and post as this one. */
    public static final String CONSOLE_SERVER = "console";

    public abstract boolean serves(String serverId);
}
