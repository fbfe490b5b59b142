/**
 * Ingest, segment and align two documents for the command line and the editor ({@link
 * org.visavis.pipeline.AlignmentPipeline}), with progress and cancellation; {@link
 * org.visavis.pipeline.DocumentReader} and {@link org.visavis.pipeline.LanguageDetector} are the
 * interfaces the ingest module provides through ServiceLoader.
 */
package org.visavis.pipeline;
