package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.visavis.model.InputLimit;
import org.visavis.pipeline.IngestException;

/**
 * Decodes a plain-text file in the encoding Tika's detectors find (byte-order mark, then
 * statistics): UTF-8, UTF-16, Windows-1252, Latin-1... Decoding is strict: bytes that are not
 * valid in the detected encoding make an {@link IngestException}, never replacement characters.
 * ASCII text with a few stray bytes is refused too ({@link MisreadUtf8}): read as Windows-1252
 * those bytes would become letters that are not in the text.
 *
 * <pre>{@code
 * String text = new PlainTextDecoder().decode(Path.of("corpora/self-organisation/en.txt"));
 * }</pre>
 */
final class PlainTextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector detector = TikaConfig.getDefaultConfig().getEncodingDetector();

    String decode(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        Charset charset;
        try (InputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            charset = detector.detect(in, metadata);
            if (Files.size(file) > 4 * InputLimit.TEXT_CHARS.value()) {
                // four bytes make at least one character in every encoding read here
                throw new IngestException(InputLimit.TEXT_CHARS.exceeded(name, "the text has more than"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        if (charset == null) {
            throw new IngestException(name + ": the text cannot be decoded (no known encoding fits); save it as UTF-8");
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII")) {
            // As browsers do (WHATWG encoding standard): Latin-1 is read as its superset
            // Windows-1252, whose curly quotes and dashes fill the control range.
            charset = WINDOWS_1252;
        }
        if (charset.equals(WINDOWS_1252)) {
            MisreadUtf8.find(bytes).ifPresent(at -> {
                throw new IngestException(name + ":" + at + ": byte " + at.hex()
                        + " is not valid UTF-8, nor a letter or mark of Windows-1252 text (a damaged file?); save it as UTF-8");
            });
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IngestException(name + ": the text cannot be decoded as " + charset.name()
                    + " (the detected encoding); save it as UTF-8", e);
        }
    }
}
