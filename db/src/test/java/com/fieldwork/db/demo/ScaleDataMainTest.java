package com.fieldwork.db.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleDataMainTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScaleDataMain.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aCountThatIsNotANumberIsRefusedInOneLine() {
        assertThat(run("jdbc:h2:mem:scale-args", "lots")).isEqualTo(ScaleDataMain.BAD_ARGUMENTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("count must be a positive whole number").hasLineCount(1);
    }

    @Test
    void anUnknownDatabaseUrlIsRefusedInOneLine() {
        assertThat(run("jdbc:mysql://localhost/x", "10")).isEqualTo(ScaleDataMain.BAD_ARGUMENTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unsupported database URL").hasLineCount(1);
    }
}
