package org.visavis.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.visavis.model.Alignment;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.ParagraphKind;

/**
 * Reads tab-separated alignments as LF Aligner and {@link org.visavis.export.LfAlignerTsvFormat}
 * write them: a bead a line, {@code source<TAB>target[<TAB>note]}, UTF-8, {@code ~~~} between the
 * sentences of a bead. Each line is its own paragraph: the file does not say where paragraphs end.
 */
public final class LfAlignerTsvReader {
    /** What LF Aligner puts between merged segments, with the spaces around it. */
    private static final Pattern MERGE_SPLIT = Pattern.compile("\\s*~~~\\s*");

    /** Reads a TSV alignment; the file does not name its languages, so the caller does. */
    public Alignment read(Path file, Language sourceLanguage, Language targetLanguage) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        AlignmentBuilder builder = new AlignmentBuilder();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                throw new ImportException(file + ": line " + (n + 1) + ": " + cols.length + (cols.length == 1 ? " column" : " columns")
                        + ", expected source<TAB>target[<TAB>note]");
            }
            builder.paragraph(ParagraphKind.BODY);
            builder.bead(sentences(cols[0]), sentences(cols[1]), 1.0, BeadStatus.AUTO);
        }
        String name = file.getFileName().toString();
        return builder.build(name, sourceLanguage, name, targetLanguage);
    }

    private static List<String> sentences(String column) {
        List<String> out = new ArrayList<>();
        for (String s : MERGE_SPLIT.split(column.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file");
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            // find the line of the first bad byte, so the user can look at it
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
            try {
                String lenient = decoder.decode(ByteBuffer.wrap(bytes)).toString();
                int bad = lenient.indexOf('\uFFFD');
                for (int i = 0; i < bad; i++) {
                    if (lenient.charAt(i) == '\n') {
                        line++;
                    }
                }
            } catch (CharacterCodingException impossible) {
                // REPLACE never throws
            }
            throw new ImportException(file + ": line " + line + ": not UTF-8 text (save the file as UTF-8)");
        }
    }
}
