package org.visavis.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.visavis.align.AlignmentException;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/** Reads a file of sentences, one per line (UTF-8), as a document without paragraph structure. */
final class SentenceFiles {

    private SentenceFiles() {
    }

    static SegmentedDocument read(Path file, Language language) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return SegmentedDocument.ofSentences(file.getFileName().toString(), language, lines);
        } catch (NoSuchFileException e) {
            throw new AlignmentException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new AlignmentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new AlignmentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
