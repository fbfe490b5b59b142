package org.visavis.pipeline;

import java.nio.file.Path;
import org.visavis.model.Document;
import org.visavis.model.Language;

/**
 * Reads a document file into paragraphs, headings marked and notes attached.
 *
 * <pre>{@code
 * Document doc = new TikaDocumentReader().read(Path.of("corpora/self-organisation/en.txt"), Language.of("en"));
 * doc.paragraphs().get(0).text();  // "Self-organisation is the first act of the revolution; ..."
 * }</pre>
 */
public interface DocumentReader {

    /**
     * @throws IngestException when the file is missing, unreadable, empty, encrypted, has no text,
     *     or is in a format visavis does not read; the message names the file and the problem
     */
    Document read(Path file, Language language);
}
