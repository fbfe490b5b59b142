package org.visavis.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;

/**
 * The link file of a project, in the cesAlign shape of OPUS and InterText; {@link #readLinks}
 * is the one cesAlign reader, used for projects and for imported corpora alike:
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
            out.write("  <link type=\"" + b.shape() + "\" xtargets=\"" + ids(b.source()) + ";" + ids(b.target())
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
            ElementCursor c = new ElementCursor(r);
            while (c.nextStart()) {
                if (c.name().equals("linkGrp")) {
                    String from = c.attribute("fromDoc");
                    String to = c.attribute("toDoc");
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

    /** Reads a project's link file, whose sentence ids are {@code s1..sN}; ProjectException on error. */
    public Links read(Path file) {
        return ProjectXml.readXml(file, "alignment file", r -> read(r, file));
    }

    private Links read(XMLStreamReader r, Path file) throws XMLStreamException {
        LinkFile links = readLinks(r, message -> new ProjectException(file + ": " + message));
        List<Bead> beads = new ArrayList<>(links.links().size());
        for (Link link : links.links()) {
            List<Integer> source = indexes(link.sourceIds(), file, link.line());
            List<Integer> target = indexes(link.targetIds(), file, link.line());
            try {
                beads.add(new Bead(source, target, link.certainty(), link.status()));
            } catch (IllegalArgumentException e) {
                throw new ProjectException(file + ": line " + link.line() + ": " + e.getMessage());
            }
        }
        return new Links(links.fromDoc(), links.toDoc(), beads);
    }

    /** A link as the file gives it: each side's sentence ids (in whatever scheme), its certainty and status, its line. */
    public record Link(List<String> sourceIds, List<String> targetIds, String xtargets, double certainty,
            BeadStatus status, int line) {
        public Link {
            sourceIds = List.copyOf(sourceIds);
            targetIds = List.copyOf(targetIds);
        }
    }

    /** A link file as read, its sentence ids not yet looked up in the documents. */
    public record LinkFile(String fromDoc, String toDoc, List<Link> links) {
        public LinkFile {
            links = List.copyOf(links);
        }
    }

    /**
     * Reads the link group of a cesAlign file, as OPUS, InterText and visavis write it: one
     * {@code <linkGrp fromDoc toDoc>} of {@code <link xtargets certainty status>}; other elements
     * are ignored, as cesAlign readers do. A problem is thrown as {@code problem} makes it of a
     * message such as "line 3: &lt;link&gt; needs xtargets=...", so that each caller names its file
     * and uses its own exception.
     */
    public static LinkFile readLinks(XMLStreamReader r, Function<String, ? extends RuntimeException> problem)
            throws XMLStreamException {
        ElementCursor c = new ElementCursor(r);
        String from = null;
        String to = null;
        boolean sawRoot = false;
        List<Link> links = new ArrayList<>();
        while (c.nextStart()) {
            switch (c.name()) {
                case "cesAlign" -> sawRoot = true;
                case "linkGrp" -> {
                    if (from != null) {
                        throw problem.apply("line " + c.line()
                                + ": more than one <linkGrp>; a link file aligns one pair of documents");
                    }
                    from = c.attribute("fromDoc");
                    to = c.attribute("toDoc");
                    if (from == null || to == null) {
                        throw problem.apply("line " + c.line() + ": <linkGrp> needs fromDoc and toDoc");
                    }
                }
                case "link" -> {
                    if (from == null) {
                        throw problem.apply("line " + c.line() + ": <link> outside a <linkGrp>");
                    }
                    links.add(link(c, problem));
                }
                default -> {
                    // other cesAlign elements (cesHeader, ...) carry nothing we keep
                }
            }
        }
        if (!sawRoot || from == null) {
            throw problem.apply("not a cesAlign file (no <cesAlign><linkGrp fromDoc toDoc>)");
        }
        return new LinkFile(from, to, links);
    }

    private static Link link(ElementCursor c, Function<String, ? extends RuntimeException> problem) {
        int line = c.line();
        String xtargets = c.attribute("xtargets");
        if (xtargets == null || xtargets.indexOf(';') < 0) {
            throw problem.apply("line " + line + ": <link> needs xtargets=\"s1 s2;s1\"");
        }
        int semi = xtargets.indexOf(';');
        double certainty = 1.0;
        String value = c.attribute("certainty");
        if (value != null && !value.isBlank()) {
            try {
                certainty = Math.max(0, Math.min(1, Double.parseDouble(value)));
            } catch (NumberFormatException e) {
                throw problem.apply("line " + line + ": certainty is not a number: " + value);
            }
        }
        return new Link(ids(xtargets.substring(0, semi)), ids(xtargets.substring(semi + 1)), xtargets, certainty,
                statusOf(c.attribute("status")), line);
    }

    private static List<String> ids(String side) {
        List<String> out = new ArrayList<>();
        for (String id : WHITESPACE.split(side.trim())) {
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<Integer> indexes(List<String> ids, Path file, int line) {
        List<Integer> out = new ArrayList<>(ids.size());
        for (String id : ids) {
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
