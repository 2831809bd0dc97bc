package dev.glossarytutor.match;

import java.util.Locale;

/**
 * The embedding models run on native code (ONNX Runtime, Hugging Face tokenizers), and the store
 * on SQLite's, which the jar carries for some platforms only: by default linux-x86_64 and
 * linux-aarch64 (see pom.xml, {@code -Pall-platforms}). Checked before loading, so that another
 * platform gets one clear line instead of a linking error deep inside a library.
 */
final class NativeLibraries {
    private NativeLibraries() {
    }

    /** @throws IllegalStateException when this jar has no native code for this machine */
    static void require() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String onnxOs = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win" : os;
        String onnxArch = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("arm64") ? "aarch64" : arch;
        String djlArch = onnxArch.equals("x64") ? "x86_64" : onnxArch;
        String library = onnxOs.equals("win") ? "onnxruntime.dll" : onnxOs.equals("osx") ? "libonnxruntime.dylib" : "libonnxruntime.so";
        boolean onnx = System.getProperty("onnxruntime.native.path") != null
                || present("ai/onnxruntime/native/" + onnxOs + "-" + onnxArch + "/" + library);
        boolean tokenizers = present("native/lib/" + onnxOs + "-" + djlArch + "/cpu/"
                + (onnxOs.equals("win") ? "tokenizers.dll" : onnxOs.equals("osx") ? "libtokenizers.dylib" : "libtokenizers.so"));
        String sqliteOs = onnxOs.equals("osx") ? "Mac" : onnxOs.equals("win") ? "Windows" : "Linux";
        boolean sqlite = System.getProperty("org.sqlite.lib.path") != null
                || present("org/sqlite/native/" + sqliteOs + "/" + djlArch + "/"
                + (onnxOs.equals("win") ? "sqlitejdbc.dll" : onnxOs.equals("osx") ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so"));
        if (!onnx || !tokenizers || !sqlite) {
            throw new IllegalStateException("this build has no native libraries for " + onnxOs + "-" + djlArch
                    + " (it carries linux-x86_64 and linux-aarch64); build one for every platform with "
                    + "'mvn -Pall-platforms package'");
        }
    }

    private static boolean present(String resource) {
        return NativeLibraries.class.getClassLoader().getResource(resource) != null;
    }
}
