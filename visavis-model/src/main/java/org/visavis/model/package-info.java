/**
 * The records every module shares: Language, Document, Paragraph, Note, Segment,
 * SegmentedDocument, Bead and Alignment, immutable values; {@link
 * org.visavis.model.VisavisException} is the base of every error a user is shown, and {@link
 * org.visavis.model.InputLimit} holds the limits on input.
 */
package org.visavis.model;
