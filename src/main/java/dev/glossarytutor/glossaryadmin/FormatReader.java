package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.List;

/** Reads one input format into entries, in file order, or refuses with every problem found. */
interface FormatReader {

    /**
     * @param file the input, named in messages
     * @param text its whole text, UTF-8 decoded, without a BOM, with LF line ends
     * @param warnings where to add what was read but not imported, or imported with a caveat
     */
    List<ImportedEntry> read(Path file, String text, List<Problem> warnings) throws ImportException;
}
