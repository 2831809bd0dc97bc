package dev.glossarytutor.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One installed course: a name students and instructors pick it by, and the glossary folder (or
 * file) it loads from.
 *
 * <p>{@code TUTOR_GLOSSARY} names either one course, a folder of {@code *.md} files or one file, or a
 * folder of courses, one sub-folder each ({@code glossary/deep-learning/*.md},
 * {@code glossary/networking/*.md}). Sub-folders holding {@code *.md} files make it a folder of courses;
 * without any, the folder is one course named after itself.
 */
public record CourseFolder(String name, Path path) {
    public CourseFolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a course needs a name");
        }
    }

    /** The courses under {@code root}, sorted by name; a problem when there is nothing to load. */
    public static List<CourseFolder> discover(Path root) throws GlossaryException {
        if (!Files.isDirectory(root)) {
            return List.of(new CourseFolder(stem(root), root)); // a file, or a path the loader reports as missing
        }
        List<CourseFolder> courses = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".") && holdsMarkdown(child)) {
                    courses.add(new CourseFolder(child.getFileName().toString(), child));
                }
            }
        } catch (IOException e) {
            throw new GlossaryException(List.of(new Problem(root, 0, "cannot list the glossary folder: " + e.getMessage())));
        }
        if (courses.isEmpty()) {
            return List.of(new CourseFolder(stem(root.toAbsolutePath().normalize()), root));
        }
        return List.copyOf(courses);
    }

    /** True when {@code typed} names this course, ignoring case and surrounding blanks. */
    public boolean isNamed(String typed) {
        return typed != null && name.toLowerCase(Locale.ROOT).equals(typed.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean holdsMarkdown(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(GlossaryLoader::isGlossaryFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(Path path) {
        Path file = path.getFileName();
        String name = file == null ? "glossary" : file.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
