package org.visavis.project;

import org.visavis.model.VisavisException;

/** A project could not be read or written. */
public class ProjectException extends VisavisException {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
