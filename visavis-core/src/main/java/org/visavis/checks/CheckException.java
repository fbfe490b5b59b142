package org.visavis.checks;

import org.visavis.model.VisavisException;

/** Input the checks cannot work on: {@code "alignments/demo: the project has no sentences"}. */
public class CheckException extends VisavisException {
    public CheckException(String message) {
        super(message);
    }
}
