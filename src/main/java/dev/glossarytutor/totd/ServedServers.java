package dev.glossarytutor.totd;

import dev.glossarytutor.answer.Tutor;

/**
 * Which servers' terms of the day a process posts. Every process shares one database, so a console
 * REPL must leave the Discord servers' schedules to the bot (else it prints their term and uses up
 * their day), and the bot must leave the console's schedule alone (it has no Discord channel).
 */
public enum ServedServers {
    /** The console REPL: only {@link Tutor#CONSOLE_SERVER}. */
    CONSOLE {
        @Override
        public boolean serves(String serverId) {
            return Tutor.CONSOLE_SERVER.equals(serverId);
        }
    },
    /** The Discord bot: every server but the console's. */
    DISCORD {
        @Override
        public boolean serves(String serverId) {
            return !Tutor.CONSOLE_SERVER.equals(serverId);
        }
    };

    public abstract boolean serves(String serverId);
}
