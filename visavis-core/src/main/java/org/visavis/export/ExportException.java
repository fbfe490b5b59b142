package org.visavis.export;

import org.visavis.model.VisavisException;

/** An export or an import of an exchange format failed. */
public class ExportException extends VisavisException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
