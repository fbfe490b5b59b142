package org.visavis.align;

import org.visavis.model.VisavisException;

/** The inputs cannot be aligned (e.g. both sides empty, the same file twice, wrong languages). */
public class AlignmentException extends VisavisException {
    public AlignmentException(String message) {
        super(message);
    }
}
