package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tune} on the seed glossary: what is scored, what is only fitted on, and bad options. */
class TuneCommandTest {
    private static final String GLOSSARY = "glossary/deep-learning";

    @TempDir
    Path dir;

    private Path questions(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), java.util.List.of(lines));
    }

    @Test
    void crossValidate_withFitAlso_scoresTheHeldOutSetWithoutItsFittedOnlyQuestions() throws Exception {
        // GIVEN two sets on the seed glossary, and more questions for the first to fit on only
        Path a = questions("a.jsonl",
                "{\"q\": \"what is an epoch\", \"kind\": \"exact\", \"expect\": [\"Epoch\"]}",
                "{\"q\": \"what is a kernal\", \"kind\": \"typo\", \"expect\": [\"Kernel\"]}");
        Path b = questions("b.jsonl",
                "{\"q\": \"define pooling\", \"kind\": \"exact\", \"expect\": [\"Pooling\"]}",
                "{\"q\": \"what is dropout\", \"kind\": \"absent\", \"expect\": []}");
        Path more = questions("more.jsonl",
                "{\"q\": \"what is a transformer\", \"kind\": \"absent\", \"expect\": []}",
                "{\"q\": \"what's a logit\", \"kind\": \"exact\", \"expect\": [\"Logits\"]}",
                "{\"q\": \"thanks!\", \"kind\": \"chatter\", \"expect\": []}");
        CommandLineRun cli = new CommandLineRun();

        // WHEN
        int code = cli.run("tune", "--cross-validate", "--iterations", "50",
                "--set", "a=" + GLOSSARY + "=" + a, "--set", "b=" + GLOSSARY + "=" + b, "--fit-also", "a=" + more);

        // THEN the three more questions are fitted on, and each held-out set is scored on its own two
        assertThat(code).isZero();
        assertThat(cli.out()).contains("a: 3 more questions to fit on only")
                .contains("held out a (fitted on [b]")
                .containsPattern("accuracy [0-9.]+ \\([0-9]/2\\)")
                .doesNotContain("/5)");
    }

    @Test
    void fitAlso_forNoSet_isRefusedWithTheName() throws Exception {
        // GIVEN
        Path a = questions("a.jsonl", "{\"q\": \"what is an epoch\", \"kind\": \"exact\", \"expect\": [\"Epoch\"]}");
        CommandLineRun cli = new CommandLineRun();

        // WHEN
        int code = cli.run("tune", "--set", "a=" + GLOSSARY + "=" + a, "--fit-also", "nope=" + a);

        // THEN
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--fit-also names no --set: [nope]");
    }
}
