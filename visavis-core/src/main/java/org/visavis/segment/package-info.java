/**
 * Sentence segmentation by SRX rules, through Okapi behind {@link
 * org.visavis.segment.SrxSegmenter}; {@link org.visavis.segment.DocumentSegmenter} splits every
 * paragraph of a Document into Segments.
 */
package org.visavis.segment;
