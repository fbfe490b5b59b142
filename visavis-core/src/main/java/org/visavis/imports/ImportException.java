package org.visavis.imports;

import org.visavis.model.VisavisException;

/**
 * An alignment file could not be imported; the message names the file and, where it can, the
 * line: {@code "memory.tsv: line 12: 4 columns, expected source<TAB>target[<TAB>note]"}.
 */
public class ImportException extends VisavisException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
