package org.visavis.pipeline;

import org.visavis.model.VisavisException;

/** A document could not be read: missing, unreadable, empty, encrypted, no text layer, ... */
public class IngestException extends VisavisException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
