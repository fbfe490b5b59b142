package org.visavis.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.visavis.model.InputLimit;
import org.visavis.pipeline.IngestException;

/**
 * Checks how deep an RTF file's groups ({@code {...}}) nest before Tika reads it: past its own
 * limit Tika's RTF parser drops the text silently, and the file would seem to hold none.
 *
 * <pre>{@code
 * RtfGuard.check(Path.of("letter.rtf"), "letter.rtf");  // IngestException past visavis.max-nesting-depth
 * }</pre>
 */
final class RtfGuard {
    private RtfGuard() {
    }

    static void check(Path file, String name) {
        long max = InputLimit.NESTING_DEPTH.value();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            long depth = 0;
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\\') {
                    in.read(); // an escaped brace or backslash opens and closes nothing
                } else if (c == '{' && ++depth > max) {
                    throw new IngestException(InputLimit.NESTING_DEPTH.exceeded(name, "groups nest more than"));
                } else if (c == '}') {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }
}
