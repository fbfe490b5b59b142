/**
 * Reading alignments made elsewhere into a visavis project: TMX, XLIFF 2.0, LF Aligner TSV and
 * cesAlign corpora (OPUS, InterText), each a reader; {@link org.visavis.imports.Importer} picks
 * the reader for an {@link org.visavis.imports.ImportFormat} and saves the project. The writers of
 * the same formats are in {@code org.visavis.export}; this package depends on it (for the shared
 * XLIFF names), never the other way. Every problem is an {@link
 * org.visavis.imports.ImportException} naming the file and, where it can, the line.
 */
package org.visavis.imports;
