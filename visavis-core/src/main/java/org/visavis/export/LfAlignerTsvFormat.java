package org.visavis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * Tab-separated alignments in the shape LF Aligner writes and reads: one bead per line,
 * {@code source<TAB>target}, UTF-8, an optional third column for a note or file name, and
 * {@code ~~~} between the sentences of a bead where LF Aligner marks merged segments. Tabs and
 * line breaks inside a sentence become spaces, as the format cannot hold them.
 *
 * <pre>{@code
 * Debian est une distribution. ~~~ Elle est libre.<TAB>Debian is a free distribution.
 * }</pre>
 *
 * {@link org.visavis.imports.LfAlignerTsvReader} reads it back.
 */
public final class LfAlignerTsvFormat {
    /** What LF Aligner puts between merged segments. */
    public static final String MERGE_MARK = " ~~~ ";

    public void write(Alignment alignment, Writer out) throws IOException {
        for (Bead b : alignment.beads()) {
            out.write(side(alignment.source(), b.source()));
            out.write('\t');
            out.write(side(alignment.target(), b.target()));
            out.write('\n');
        }
    }

    private static String side(SegmentedDocument doc, List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            if (sb.length() > 0) {
                sb.append(MERGE_MARK);
            }
            sb.append(doc.segments().get(i).text().replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip());
        }
        return sb.toString();
    }
}
