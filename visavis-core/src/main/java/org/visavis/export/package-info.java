/**
 * Writing an alignment out (TMX, XLIFF 2.0, TSV, cesAlign, bilingual editions in HTML, DOCX, ODT
 * and EPUB) and reading one in from TMX, TSV, XLIFF or cesAlign with its XCES documents.
 */
package org.visavis.export;
