package org.visavis.ingest;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the stray byte in text that is ASCII but for a few bytes which are not valid UTF-8 (a
 * truncated download, a binary splice, a bad copy). Such a file is detected as Windows-1252, and
 * decoding it so would turn the stray bytes into letters the author never wrote ("byte ÿ here").
 * Real Windows-1252 text is told apart by what its bytes are: accented letters inside words
 * ("café") or typographic marks (’ “ ” – — … « » €); a byte that is neither is stray, and text
 * where more than a quarter of the bytes past ASCII are stray is refused.
 *
 * <pre>{@code
 * MisreadUtf8.find("a bad \u00ff byte".getBytes(ISO_8859_1));   // Optional[1:7, byte 0xFF]
 * MisreadUtf8.find("caf\u00e9 \u2019".getBytes(windows-1252));   // Optional.empty
 * }</pre>
 */
final class MisreadUtf8 {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Typographic marks that Windows-1252 text is made of; any stray byte elsewhere in its range is not. */
    private static final String TYPOGRAPHY = "€‚„…†‡‰‹‘’“”•–—™›\u00a0¡¢£¥§©«®°±²³´µ·¹»¼½¾¿×÷";
    /** Letters that are words on their own: French "à", Italian "è", Portuguese "é". */
    private static final String ONE_LETTER_WORDS = "àèéÀÉ";
    /** Text is misread when more than one in this many of its non-ASCII bytes is stray. */
    private static final int STRAY_SHARE = 4;
    /** Bytes 0x80..0xFF as Windows-1252 reads them (U+FFFD for the five it leaves undefined). */
    private static final String HIGH_HALF = highHalf();

    /** Where a stray byte is: 1-based line and column (in bytes), and the byte. */
    record Position(int line, int column, int value) {
        String hex() {
            return String.format(Locale.ROOT, "0x%02X", value);
        }

        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private MisreadUtf8() {
    }

    /**
     * The first stray byte when strays are more than a quarter of the bytes past ASCII; empty for
     * ASCII and for real Windows-1252 text, whose accented letters sit in words.
     */
    static Optional<Position> find(byte[] bytes) {
        long high = 0;
        long strays = 0;
        int firstStray = -1;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            high++;
            if (isStray(bytes, i, decode(b))) {
                strays++;
                if (firstStray < 0) {
                    firstStray = i;
                }
            }
        }
        if (firstStray < 0 || strays * STRAY_SHARE <= high) {
            return Optional.empty();
        }
        return Optional.of(position(bytes, firstStray));
    }

    /** Neither a typographic mark nor a letter that belongs to a word. */
    private static boolean isStray(byte[] bytes, int i, char c) {
        if (TYPOGRAPHY.indexOf(c) >= 0 || ONE_LETTER_WORDS.indexOf(c) >= 0) {
            return false;
        }
        return !(Character.isLetter(c) && (isLetterAt(bytes, i - 1) || isLetterAt(bytes, i + 1)));
    }

    private static boolean isLetterAt(byte[] bytes, int i) {
        return i >= 0 && i < bytes.length && Character.isLetter(decode(bytes[i] & 0xff));
    }

    private static char decode(int b) {
        return b < 0x80 ? (char) b : HIGH_HALF.charAt(b - 0x80);
    }

    private static String highHalf() {
        byte[] high = new byte[0x80];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, WINDOWS_1252);
    }

    private static Position position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1, bytes[offset] & 0xff);
    }
}
