package org.visavis.terms;

import org.visavis.model.VisavisException;

/** A glossary that cannot be read or does not fit the project: {@code "fr-en.tsv:12: no source term"}. */
public class TermsException extends VisavisException {
    public TermsException(String message) {
        super(message);
    }

    public TermsException(String message, Throwable cause) {
        super(message, cause);
    }
}
