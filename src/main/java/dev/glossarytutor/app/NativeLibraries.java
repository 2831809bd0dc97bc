package dev.glossarytutor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the native libraries of the ONNX runtime and of sqlite-jdbc under the data folder, once, and
 * points their loaders there, so that no run, not even one killed with {@code kill -9}, leaves files
 * in {@code /tmp}.
 *
 * <p>Each library is copied to {@code <data>/native/<name>-<hash of its bytes>/} when that file is
 * missing or differs, through a temporary file in the same folder and an atomic rename, so processes
 * starting together never see half a file; later starts reuse it. The loaders are told by their
 * documented system properties: {@code onnxruntime.native.path}, {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name} (and {@code org.sqlite.tmpdir}). The ONNX loader (1.20) still makes an
 * empty {@code onnxruntime-java*} folder in {@code java.io.tmpdir} on every start and deletes it only
 * at a normal exit; {@link #loadOnnxRuntime} notes it so that the next start removes one a killed run
 * left. ({@code java.io.tmpdir} cannot be moved from inside the JVM: the JDK reads it once at start.)
 * This runs first thing in {@code main}, before anything loads a native library.
 */
final class NativeLibraries {
    private static final Logger log = LoggerFactory.getLogger(NativeLibraries.class);

    private NativeLibraries() {
    }

    /** Prepares both libraries under {@code dataDir}; on any failure the loaders keep their defaults. */
    static void prepare(Path dataDir) {
        try {
            onnxRuntime(dataDir.resolve("native")).ifPresent(dir ->
                    System.setProperty("onnxruntime.native.path", dir.toString()));
        } catch (IOException | RuntimeException e) {
            log.warn("The ONNX runtime extracts its library itself: {}", e.toString());
        }
        try {
            sqlite(dataDir.resolve("native")).ifPresent(lib -> {
                System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
                System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
                System.setProperty("org.sqlite.tmpdir", lib.getParent().toString());
            });
        } catch (IOException | RuntimeException e) {
            log.warn("sqlite-jdbc extracts its library itself: {}", e.toString());
        }
        try {
            loadOnnxRuntime(dataDir.resolve("tmp"));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("Could not load the ONNX runtime early: {}", e.toString());
        }
    }

    /**
     * Loads the ONNX runtime now and notes the empty {@code onnxruntime-java*} folder its loader makes
     * in {@code java.io.tmpdir} (1.20 makes one on every start, even with a native path, and deletes it
     * only at a normal exit). The note, {@code <records>/<pid>}, goes at a normal exit; a note whose
     * process is gone (killed) leads the next start to remove the folder it names, if still empty.
     * Only folders this tutor made are touched.
     */
    private static void loadOnnxRuntime(Path records) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(records);
        sweep(records);
        java.util.Set<Path> before = onnxTempFolders(tmp);
        ai.onnxruntime.OrtEnvironment.getEnvironment();
        List<String> made = onnxTempFolders(tmp).stream().filter(d -> !before.contains(d)).filter(NativeLibraries::isEmptyFolder)
                .map(Path::toString).toList();
        if (made.isEmpty()) {
            return;
        }
        Path note = records.resolve("onnxruntime-" + ProcessHandle.current().pid());
        Files.write(note, made);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(note); // the loader deletes its folder itself at a normal exit
            } catch (IOException e) {
                // the next start sweeps it
            }
        }, "native-notes"));
    }

    /** Removes the folders named by notes of processes that are gone, when empty, and those notes. */
    private static void sweep(Path records) throws IOException {
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(records, "onnxruntime-*")) {
            for (Path note : notes) {
                long pid;
                try {
                    pid = Long.parseLong(note.getFileName().toString().substring("onnxruntime-".length()));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                for (String folder : Files.readAllLines(note)) {
                    try {
                        Files.deleteIfExists(Path.of(folder)); // fails, and stays, unless empty
                    } catch (IOException e) {
                        log.debug("Kept {}: {}", folder, e.toString());
                    }
                }
                Files.deleteIfExists(note);
            }
        }
    }

    private static java.util.Set<Path> onnxTempFolders(Path tmp) throws IOException {
        java.util.Set<Path> out = new java.util.HashSet<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            all.forEach(out::add);
        }
        return out;
    }

    private static boolean isEmptyFolder(Path dir) {
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            return !in.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static java.util.Optional<Path> onnxRuntime(Path nativeDir) throws IOException {
        String folder = "ai/onnxruntime/native/" + onnxPlatform() + "/";
        List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"),
                System.mapLibraryName("onnxruntime_providers_shared"));
        String main = folder + names.get(0);
        if (NativeLibraries.class.getClassLoader().getResource(main) == null) {
            return java.util.Optional.empty();
        }
        Path dir = nativeDir.resolve("onnxruntime-" + hash(main));
        for (String name : names) {
            extract(folder + name, dir.resolve(name));
        }
        return java.util.Optional.of(dir.toAbsolutePath());
    }

    private static java.util.Optional<Path> sqlite(Path nativeDir) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        // the folder names sqlite-jdbc's own loader uses (org.sqlite.util.OSInfo)
        String resource = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        if (NativeLibraries.class.getClassLoader().getResource(resource) == null) {
            return java.util.Optional.empty();
        }
        Path file = nativeDir.resolve("sqlite-" + hash(resource)).resolve(name);
        extract(resource, file);
        return java.util.Optional.of(file.toAbsolutePath());
    }

    /** The ONNX runtime's own names: linux-x64, osx-aarch64, win-x64, ... */
    private static String onnxPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.startsWith("win") ? "win" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
        return o + "-" + a;
    }

    /**
     * Copies {@code resource} to {@code target} unless it is already there; skips an absent one. The
     * folder is named by the library's hash and files appear in it only whole (renamed into place), so
     * a file of the right size there is the right file.
     */
    private static void extract(String resource, Path target) throws IOException {
        ClassLoader loader = NativeLibraries.class.getClassLoader();
        java.net.URL url = loader.getResource(resource);
        if (url == null) {
            return;
        }
        if (Files.isRegularFile(target) && Files.size(target) == url.openConnection().getContentLengthLong()) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Extracted {} to {}", resource, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String hash(String resource) throws IOException {
        try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(resource)) {
            return digest(in);
        }
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream d = new DigestInputStream(in, sha)) {
                d.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
