package org.chargeplan.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void terminalBarEndsFullOnItsOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar("import", true, true, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            bar.update(1, 4);
            bar.update(4, 4);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\rimport [########"), text);
        assertTrue(text.endsWith("\rimport [" + "#".repeat(30) + "] 100%" + System.lineSeparator()), text);
    }

    @Test
    void quietDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar("import", true, false, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            bar.update(4, 4);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
