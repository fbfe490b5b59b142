package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stray bytes in ASCII text against real Windows-1252 text, which must still be read. */
class MisreadUtf8Test {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void frenchTextInWindows1252IsNotMisread() throws Exception {
        String html = Files.readString(Path.of("corpora/debian-handbook/fr-FR/foreword.html"));
        String text = html.replaceAll("(?s)<[^>]*>", " ").replaceAll("&[a-z#0-9]+;", " ");
        byte[] bytes = text.replaceAll("[^\\x00-\\xFF’“”–—…€]", " ").getBytes(WINDOWS_1252);

        assertThat(bytes.length).isGreaterThan(3_000);
        assertThat(MisreadUtf8.find(bytes)).isEmpty();
    }

    @Test
    void englishTextWithCurlyQuotesInWindows1252IsNotMisread() throws Exception {
        String text = Files.readString(Path.of("corpora/self-organisation/en.txt"));
        byte[] bytes = text.replaceAll("[^\\x00-\\xFF’‘“”–—…]", " ").getBytes(WINDOWS_1252);

        assertThat(text).contains("’");
        assertThat(MisreadUtf8.find(bytes)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The byte \\xFF here is damage.|1:10",
        "Line one is fine.\\nA truncated \\xC3( sequence.|2:13",
        "Two stray bytes\\xA4\\xA6 glued to a word.|1:16",
    })
    void strayBytesInAsciiTextAreFoundWithTheirPlace(String text, String where) {
        var at = MisreadUtf8.find(bytes(text));

        assertThat(at).isPresent();
        assertThat(at.get().toString()).isEqualTo(where);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Plain ASCII only.",
        "A caf\\xE9 \\xE0 la carte, \\x93quoted\\x94 \\x96 and dashed.",
        "Nothing but an apostrophe: don\\x92t.",
    })
    void windows1252TextPasses(String text) {
        assertThat(MisreadUtf8.find(bytes(text))).isEmpty();
    }

    /** The text with {@code \xNN} escapes as bytes and {@code \n} as a newline. */
    private static byte[] bytes(String escaped) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && escaped.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
                i += 3;
            } else if (c == '\\' && escaped.charAt(i + 1) == 'n') {
                out.write('\n');
                i++;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
