package org.visavis.segment;

import org.visavis.model.VisavisException;

/** Segmentation rules could not be loaded or applied (a broken SRX file, a language with no rules). */
public class SegmentationException extends VisavisException {
    public SegmentationException(String message) {
        super(message);
    }

    public SegmentationException(String message, Throwable cause) {
        super(message, cause);
    }
}
