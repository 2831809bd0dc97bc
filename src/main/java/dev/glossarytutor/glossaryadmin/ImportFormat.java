package dev.glossarytutor.glossaryadmin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The input formats the importer reads; {@link #cliName()} is the name {@code --format} takes. */
public enum ImportFormat {
    CSV(() -> new DelimitedReader(',', true)),
    TSV(() -> new DelimitedReader('\t', true)),
    MARKDOWN(MarkdownListReader::new),
    COLON(ColonReader::new),
    ANKI(AnkiReader::new),
    HEADINGS(HeadingsReader::new);

    private final Supplier<FormatReader> reader;

    ImportFormat(Supplier<FormatReader> reader) {
        this.reader = reader;
    }

    FormatReader reader() {
        return reader.get();
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportFormat> fromCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
