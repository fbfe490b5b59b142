/**
 * Reading documents (PDF, DOCX, ODT, HTML, EPUB, RTF, plain text) into the model through Apache
 * Tika, with one small class per layout repair (line joining, hyphenation, footnotes, running
 * headers) and guards checked before Tika opens a file.
 */
package org.visavis.ingest;
