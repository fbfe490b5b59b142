package org.visavis.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.text.StringEscapeUtils;
import org.visavis.model.InputLimit;

/**
 * Shared StAX setup for the XML files visavis reads: no DTD loading, no external entities,
 * elements nested no deeper than {@link InputLimit#NESTING_DEPTH}, and errors every reader words
 * the same way, e.g. {@code "line 12, column 40: &nbsp; is not defined in XML; write &#160;"}.
 */
public final class ProjectXml {
    /** Woodstox (the StAX parser on the class path) reports errors when found, not when text is read. */
    private static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";
    private static final String MAX_ELEMENT_DEPTH = "com.ctc.wstx.maxElementDepth";
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("Undeclared general entity \"([^\"]+)\"");
    private static final Pattern CONTROL_REFERENCE = Pattern.compile("Illegal character entity: expansion character \\(code (0x[0-9a-fA-F]+)");
    private static final Pattern BARE_AMPERSAND = Pattern.compile("Unexpected character '[\\s;&<]' .*\\(missing name\\?\\)");
    private static final Pattern DEPTH_EXCEEDED = Pattern.compile("Maximum Element Depth limit \\((\\d+)\\) Exceeded");

    private ProjectXml() {
    }

    public static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (f.isPropertySupported(LAZY_PARSING)) {
            f.setProperty(LAZY_PARSING, false);
        }
        if (f.isPropertySupported(MAX_ELEMENT_DEPTH)) {
            f.setProperty(MAX_ELEMENT_DEPTH, (int) Math.min(Integer.MAX_VALUE, InputLimit.NESTING_DEPTH.value()));
        }
        return f;
    }

    /** Reads a project file's content from its opened stream. */
    @FunctionalInterface
    interface FileReader<T> {
        T read(java.io.InputStream in) throws IOException;
    }

    /** Reads a project file's content from the StAX reader on it. */
    @FunctionalInterface
    interface XmlReader<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    /**
     * Opens one of a project's XML files and reads it with {@link #factory()}'s reader, as
     * {@link #readFile} does; a malformed file is a ProjectException naming it and, where the
     * parser says, the line ({@link #describe}).
     */
    static <T> T readXml(Path file, String what, XmlReader<T> reader) {
        return readFile(file, what, in -> {
            XMLStreamReader r = null;
            try {
                r = factory().createXMLStreamReader(in);
                return reader.read(r);
            } catch (XMLStreamException e) {
                throw new ProjectException(file + ": " + describe(e), e);
            } catch (RuntimeException e) {
                if (e instanceof ProjectException || streamError(e).isEmpty()) {
                    throw e;
                }
                throw new ProjectException(file + ": " + describe(streamError(e).get()), e);
            } finally {
                close(r);
            }
        });
    }

    /**
     * Opens one of a project's files and reads it; ProjectException naming the file when it is
     * too large, missing ("the {@code what} is missing") or cannot be read.
     */
    static <T> T readFile(Path file, String what, FileReader<T> reader) {
        tooLarge(file).ifPresent(message -> {
            throw new ProjectException(message);
        });
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ProjectException(file + ": the " + what + " is missing");
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read (" + AtomicFiles.describe(e) + ")", e);
        }
    }

    /**
     * The message when a file to read is larger than {@link InputLimit#FILE_BYTES}, or empty:
     * XML is held in memory as it is read, so a file of gigabytes would exhaust it.
     */
    public static Optional<String> tooLarge(Path file) {
        try {
            if (Files.size(file) > InputLimit.FILE_BYTES.value()) {
                return Optional.of(InputLimit.FILE_BYTES.exceeded(file.toString(), "the file is larger than"));
            }
        } catch (IOException e) {
            // reading it next says what is wrong
        }
        return Optional.empty();
    }

    /**
     * The XML error inside a runtime exception a parser threw where it should have thrown an
     * XMLStreamException (Woodstox's lazy errors), or empty.
     */
    public static Optional<XMLStreamException> streamError(RuntimeException e) {
        return e.getCause() instanceof XMLStreamException x ? Optional.of(x) : Optional.empty();
    }

    /** "line 12: malformed XML: …", the reason without StAX's prefixes; entity and character errors say how to fix them. */
    public static String describe(XMLStreamException e) {
        var loc = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // StAX prefixes messages with "ParseError at [row,col]:..."; keep the reason only.
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + "Message: ".length());
        }
        // Woodstox appends "\n at [row,col {unknown-source}]: [3,41]"
        int at = msg.indexOf("\n at [");
        if (at >= 0) {
            msg = msg.substring(0, at);
        }
        msg = msg.replace('\n', ' ').strip();
        Optional<String> fix = fix(msg);
        if (fix.isPresent()) {
            return loc == null ? fix.get()
                    : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ": " + fix.get();
        }
        return loc == null ? "malformed XML: " + msg : "line " + loc.getLineNumber() + ": malformed XML: " + msg;
    }

    /** What the commonest XML errors of hand-made or HTML-minded files mean, and how to repair them. */
    private static Optional<String> fix(String msg) {
        Matcher entity = UNDECLARED_ENTITY.matcher(msg);
        if (entity.find()) {
            String name = entity.group(1);
            String reference = "&" + name + ";";
            String html = StringEscapeUtils.unescapeHtml4(reference);
            if (html.equals(reference)) {
                return Optional.of(reference + " is not defined (no DTD is read, so only XML's own entities and &#...; work);"
                        + " write &amp;" + name + "; for the text itself");
            }
            return Optional.of(reference + " is not defined in XML; write &#" + html.codePointAt(0) + ";");
        }
        Matcher control = CONTROL_REFERENCE.matcher(msg);
        if (control.find()) {
            String number = Integer.toString(Integer.parseInt(control.group(1).substring(2), 16));
            return Optional.of("&#" + number + "; is a control character, which XML 1.0 does not allow; remove it");
        }
        if (BARE_AMPERSAND.matcher(msg).find()) {
            return Optional.of("& starts no entity; write &amp; for the character itself");
        }
        Matcher depth = DEPTH_EXCEEDED.matcher(msg);
        if (depth.find()) {
            return Optional.of("elements nest more than " + depth.group(1) + " levels (limit "
                    + InputLimit.NESTING_DEPTH.property() + ")");
        }
        return Optional.empty();
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream we close ourselves cannot lose data
            }
        }
    }
}
