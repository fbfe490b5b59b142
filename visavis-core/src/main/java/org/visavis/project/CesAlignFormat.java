package org.visavis.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;

/**
 * The link file of a project, in the cesAlign shape of OPUS and InterText:
 *
 * <pre>{@code
 * <cesAlign version="1.0">
 *   <linkGrp targType="s" fromDoc="source.xml" toDoc="target.xml">
 *     <link type="2-1" xtargets="s1 s2;s1" certainty="0.93" status="auto"/>
 *   </linkGrp>
 * </cesAlign>
 * }</pre>
 */
public final class CesAlignFormat {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** What a link file holds: the two document file names and the beads. */
    public record Links(String fromDoc, String toDoc, List<Bead> beads) {
        public Links {
            beads = List.copyOf(beads);
        }
    }

    public void write(Links links, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<cesAlign version=\"1.0\">\n");
        out.write("<linkGrp targType=\"s\" fromDoc=\"" + XmlText.escape(links.fromDoc()) + "\" toDoc=\""
                + XmlText.escape(links.toDoc()) + "\">\n");
        for (Bead b : links.beads()) {
            out.write("  <link type=\"" + b.type() + "\" xtargets=\"" + ids(b.source()) + ";" + ids(b.target())
                    + "\" certainty=\"" + String.format(Locale.ROOT, "%.3f", b.confidence())
                    + "\" status=\"" + b.status().word() + "\"/>\n");
        }
        out.write("</linkGrp>\n</cesAlign>\n");
    }

    /** A link's status attribute: ours ("confirmed"), InterText's "man" for a link a person checked; else automatic. */
    public static BeadStatus statusOf(String attribute) {
        return "confirmed".equals(attribute) || "man".equals(attribute) ? BeadStatus.CONFIRMED : BeadStatus.AUTO;
    }

    private static String ids(List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append("s").append(i + 1);
        }
        return sb.toString();
    }

    /**
     * The two document names of a link file ({@code fromDoc}, {@code toDoc}), read from its head
     * only; empty when the file is missing or is not a cesAlign file.
     */
    public java.util.Optional<List<String>> documentNames(Path file) {
        XMLStreamReader r = null;
        try (InputStream in = Files.newInputStream(file)) {
            r = ProjectXml.factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("linkGrp")) {
                    String from = r.getAttributeValue(null, "fromDoc");
                    String to = r.getAttributeValue(null, "toDoc");
                    return from == null || to == null ? java.util.Optional.empty() : java.util.Optional.of(List.of(from, to));
                }
            }
            return java.util.Optional.empty();
        } catch (IOException | XMLStreamException e) {
            return java.util.Optional.empty();
        } finally {
            ProjectXml.close(r);
        }
    }

    public Links read(Path file) {
        ProjectXml.tooLarge(file).ifPresent(message -> {
            throw new ProjectException(message);
        });
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": the alignment file is missing");
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read (" + AtomicFiles.describe(e) + ")", e);
        }
    }

    private Links read(InputStream in, Path file) {
        XMLStreamReader r = null;
        try {
            r = ProjectXml.factory().createXMLStreamReader(in);
            String from = null;
            String to = null;
            boolean sawRoot = false;
            List<Bead> beads = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "cesAlign" -> sawRoot = true;
                    case "linkGrp" -> {
                        if (from != null) {
                            throw new ProjectException(file + ": line " + r.getLocation().getLineNumber()
                                    + ": more than one <linkGrp>; a project aligns one pair of documents");
                        }
                        from = r.getAttributeValue(null, "fromDoc");
                        to = r.getAttributeValue(null, "toDoc");
                    }
                    case "link" -> beads.add(link(r, file));
                    default -> {
                        // unknown elements are ignored, as cesAlign readers do
                    }
                }
            }
            if (!sawRoot || from == null || to == null) {
                throw new ProjectException(file + ": not a cesAlign file (no <cesAlign><linkGrp fromDoc toDoc>)");
            }
            return new Links(from, to, beads);
        } catch (XMLStreamException e) {
            throw new ProjectException(file + ": " + ProjectXml.describe(e), e);
        } catch (RuntimeException e) {
            if (e instanceof ProjectException || ProjectXml.streamError(e).isEmpty()) {
                throw e;
            }
            throw new ProjectException(file + ": " + ProjectXml.describe(ProjectXml.streamError(e).get()), e);
        } finally {
            ProjectXml.close(r);
        }
    }

    private static Bead link(XMLStreamReader r, Path file) {
        int line = r.getLocation().getLineNumber();
        String xtargets = r.getAttributeValue(null, "xtargets");
        if (xtargets == null || xtargets.indexOf(';') < 0) {
            throw new ProjectException(file + ": line " + line + ": <link> needs xtargets=\"s1 s2;s1\"");
        }
        int semi = xtargets.indexOf(';');
        List<Integer> source = indexes(xtargets.substring(0, semi), file, line);
        List<Integer> target = indexes(xtargets.substring(semi + 1), file, line);
        double certainty = 1.0;
        String c = r.getAttributeValue(null, "certainty");
        if (c != null && !c.isBlank()) {
            try {
                certainty = Math.max(0, Math.min(1, Double.parseDouble(c)));
            } catch (NumberFormatException e) {
                throw new ProjectException(file + ": line " + line + ": certainty is not a number: " + c);
            }
        }
        BeadStatus status = statusOf(r.getAttributeValue(null, "status"));
        try {
            return new Bead(source, target, certainty, status);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file + ": line " + line + ": " + e.getMessage());
        }
    }

    private static List<Integer> indexes(String ids, Path file, int line) {
        List<Integer> out = new ArrayList<>();
        for (String id : WHITESPACE.split(ids.trim())) {
            if (id.isEmpty()) {
                continue;
            }
            // "s12" (ours, OPUS) or "1:12" (InterText: paragraph:sentence) are not the same
            // numbering; we accept only our own s-numbering here.
            if (!isSentenceId(id)) {
                throw new ProjectException(file + ": line " + line + ": sentence id '" + id + "' is not of the form s<number>");
            }
            out.add(Integer.parseInt(id.substring(1)) - 1);
        }
        return out;
    }

    /** "s" and digits, checked by hand: a regex per id made loading 20,000 links several times slower. */
    private static boolean isSentenceId(String id) {
        if (id.length() < 2 || id.length() > 10 || id.charAt(0) != 's') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
