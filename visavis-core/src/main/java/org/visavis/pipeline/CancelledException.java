package org.visavis.pipeline;

import org.visavis.model.VisavisException;

/** A long task stopped because the user cancelled it. */
public class CancelledException extends VisavisException {
    public CancelledException() {
        super("cancelled");
    }
}
