package org.visavis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.align.AlignmentException;
import org.visavis.model.Bead;

/**
 * Reads and writes beads in the benchmark notation, one per line: {@code [2,3]:[4]} pairs source
 * sentences 2 and 3 with target sentence 4; {@code [5]:[]} leaves source sentence 5 alone.
 */
public final class BeadFile {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)]\\s*:\\s*\\[([0-9,\\s]*)]\\s*");

    private BeadFile() {
    }

    public static List<BeadIndexes> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlignmentException(file + ": cannot read bead file (" + e.getMessage() + ")");
        }
        List<BeadIndexes> beads = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            beads.add(parse(line, file + ":" + (n + 1)));
        }
        return beads;
    }

    /** Parses one bead; {@code where} names the file and line for the error message. */
    public static BeadIndexes parse(String line, String where) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new AlignmentException(where + ": not a bead '" + line.strip() + "' (expected e.g. [2,3]:[4])");
        }
        try {
            return new BeadIndexes(indexes(m.group(1)), indexes(m.group(2)));
        } catch (NumberFormatException e) {
            throw new AlignmentException(where + ": bad bead '" + line.strip() + "' (" + e.getMessage() + ")");
        }
    }

    private static List<Integer> indexes(String list) {
        List<Integer> out = new ArrayList<>();
        for (String x : list.split(",")) {
            if (!x.isBlank()) {
                out.add(Integer.parseInt(x.strip()));
            }
        }
        return out;
    }

    public static String format(List<Bead> beads) {
        StringBuilder sb = new StringBuilder();
        for (Bead b : beads) {
            sb.append(b.notation()).append('\n');
        }
        return sb.toString();
    }
}
