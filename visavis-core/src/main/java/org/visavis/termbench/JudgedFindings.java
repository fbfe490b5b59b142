package org.visavis.termbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.checks.CheckException;
import org.visavis.checks.Finding;

/**
 * Term findings on a real, unplanted pair that a person has judged, read from a TSV file: a
 * verdict ({@code real}: worth a reviser's look, {@code false}: not), the reason, then the
 * finding's key ({@link Finding#key()}, itself tab-separated) to the end of the line. Lines
 * starting with {@code #} are comments.
 *
 * <pre>
 * real	"paquet" is once "packet": a wrong word	term-inconsistency	source	paquet		package	packet
 * </pre>
 */
final class JudgedFindings {
    /** One judgement. */
    record Judgement(boolean real, String reason) {
    }

    /** How the current findings compare with the judged list. */
    record Precision(int real, int notReal, List<Finding> unjudged, Set<String> gone) {
        int judged() {
            return real + notReal;
        }

        double value() {
            return judged() == 0 ? Double.NaN : (double) real / judged();
        }
    }

    private final Map<String, Judgement> byKey;

    JudgedFindings(Map<String, Judgement> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static JudgedFindings read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CheckException(file + ": cannot read the judged findings (" + e.getMessage() + ")");
        }
        Map<String, Judgement> byKey = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 3 || !(parts[0].equals("real") || parts[0].equals("false"))) {
                throw new CheckException(file + ":" + (i + 1)
                        + ": expected 'real' or 'false', a reason and a finding key, tab-separated");
            }
            if (byKey.put(parts[2], new Judgement(parts[0].equals("real"), parts[1])) != null) {
                throw new CheckException(file + ":" + (i + 1) + ": this finding is judged twice");
            }
        }
        return new JudgedFindings(byKey);
    }

    /** The judgements by finding key. */
    Map<String, Judgement> judgements() {
        return byKey;
    }

    int size() {
        return byKey.size();
    }

    /** Precision of the term findings among those judged; the rest listed as unjudged. */
    Precision compare(List<Finding> findings) {
        int real = 0;
        int notReal = 0;
        List<Finding> unjudged = new ArrayList<>();
        Set<String> gone = new TreeSet<>(byKey.keySet());
        for (Finding f : findings) {
            if (!FindingMatch.isTermFinding(f)) {
                continue;
            }
            Judgement j = byKey.get(f.key());
            if (j == null) {
                unjudged.add(f);
                continue;
            }
            gone.remove(f.key());
            if (j.real()) {
                real++;
            } else {
                notReal++;
            }
        }
        return new Precision(real, notReal, unjudged, gone);
    }
}
