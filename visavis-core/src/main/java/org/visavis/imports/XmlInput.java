package org.visavis.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.InputLimit;
import org.visavis.project.ProjectXml;

/** StAX reading for imported files: no DTDs, no external entities, errors that name file and line. */
final class XmlInput {
    private XmlInput() {
    }

    /** A handler that reads the whole document from the reader it is given. */
    @FunctionalInterface
    interface Handler<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    /** Opens the file (gunzipping {@code .gz}), runs the handler, and turns every failure into ImportException. */
    static <T> T read(Path file, Handler<T> handler) {
        ProjectXml.tooLarge(file).ifPresent(message -> {
            throw new ImportException(message);
        });
        XMLStreamReader r = null;
        try (InputStream in = open(file)) {
            r = factory().createXMLStreamReader(in);
            return handler.read(r);
        } catch (RuntimeException e) {
            XMLStreamException x = ProjectXml.streamError(e).orElseThrow(() -> e);
            throw new ImportException(file + ": " + describe(x), x);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file");
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (XMLStreamException e) {
            throw new ImportException(file + ": " + describe(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by try-with-resources; nothing is lost
                }
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        if (!file.getFileName().toString().endsWith(".gz")) {
            return in;
        }
        try {
            return new UnpackLimit(new GZIPInputStream(in), file);
        } catch (ZipException e) {
            in.close();
            throw new ImportException(file + ": not a gzip file (" + e.getMessage() + "); remove the .gz ending if it is plain XML");
        }
    }

    /** A gunzipped stream that stops past {@link InputLimit#UNPACKED_BYTES}: a gzip bomb is a few kilobytes. */
    private static final class UnpackLimit extends FilterInputStream {
        private final Path file;
        private final long max = InputLimit.UNPACKED_BYTES.value();
        private long read;

        UnpackLimit(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ImportException(InputLimit.UNPACKED_BYTES.exceeded(file.toString(), "unpacks to more than"));
            }
        }
    }

    private static XMLInputFactory factory() {
        return ProjectXml.factory();
    }

    static String describe(XMLStreamException e) {
        return ProjectXml.describe(e);
    }
}
