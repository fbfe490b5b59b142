package org.visavis.model;

import java.util.Objects;

/**
 * One inline code of a text: formatting or markup that sits between its characters (a bold run's
 * start, a link's end, a line break), kept so that a translation memory can carry it while the
 * text itself stays plain for aligning, checking and editions.
 *
 * <p>{@code position} is the offset in the plain text the code stands before (0 .. length).
 * An {@link Kind#OPENING} and a {@link Kind#CLOSING} code with the same {@code id} are a pair
 * ({@code <b>} and {@code </b>}); a {@link Kind#PLACEHOLDER} stands alone ({@code <br/>}).
 * {@code type} says what the code does in words common to all formats ("bold", "italic", "link",
 * "code", or the element's name when nothing better is known); {@code data} is the original
 * markup, as the document had it.
 *
 * <pre>{@code
 * // "Run apt update now." with "apt update" in <code>
 * new InlineCode(4, Kind.OPENING, 1, "code", "<code>");
 * new InlineCode(14, Kind.CLOSING, 1, "code", "</code>");
 * }</pre>
 */
public record InlineCode(int position, Kind kind, int id, String type, String data) {

    /** What the code is in its pair. */
    public enum Kind {
        OPENING,
        CLOSING,
        PLACEHOLDER
    }

    public InlineCode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (position < 0) {
            throw new IllegalArgumentException("inline code position must be >= 0: " + position);
        }
    }

    public InlineCode at(int newPosition) {
        return new InlineCode(newPosition, kind, id, type, data);
    }
}
