/**
 * The sentence aligner: {@link org.visavis.align.LengthLexicalAligner} searches a band of bead
 * shapes (1-1, 1-2, ...) scored by length and by lexical evidence from the language modules and
 * the bundled lexicons.
 */
package org.visavis.align;
