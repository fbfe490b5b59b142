package org.visavis.edit;

import org.visavis.model.VisavisException;

/**
 * An editing operation does not apply where it was asked, e.g. {@code "bead 1: there is no bead
 * above to merge into"}. The editor shows the message and leaves the alignment as it was.
 */
public class EditException extends VisavisException {
    public EditException(String message) {
        super(message);
    }
}
