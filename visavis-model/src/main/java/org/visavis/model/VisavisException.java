package org.visavis.model;

/**
 * The base of every error visavis reports to a user. The message is one line that names the file
 * (or option) and the problem, e.g. {@code "book.pdf: the PDF is password-protected"}; the
 * command line prints it and exits with code 2. Each stage has its own subtype.
 */
public class VisavisException extends RuntimeException {
    public VisavisException(String message) {
        super(message);
    }

    public VisavisException(String message, Throwable cause) {
        super(message, cause);
    }
}
