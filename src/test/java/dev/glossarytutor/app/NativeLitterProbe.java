package dev.glossarytutor.app;

import ai.onnxruntime.OrtEnvironment;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.store.sqlite.SqliteDatabase;

/**
 * Starts the way {@link Main#main} does (native libraries first), then loads both native libraries:
 * the ONNX runtime and sqlite-jdbc. Prints {@code loaded}; with the argument {@code wait} it then
 * blocks until it is killed.
 */
public final class NativeLitterProbe {
    private NativeLitterProbe() {
    }

    public static void main(String[] args) throws Exception {
        Main.prepareNatives(Env.system());
        OrtEnvironment.getEnvironment();
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.read(c -> c.createStatement().execute("SELECT 1"));
        }
        System.out.println("loaded");
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            System.in.read(); // until killed
        }
    }
}
