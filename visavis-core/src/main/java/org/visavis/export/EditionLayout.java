package org.visavis.export;

/**
 * How a bilingual edition is laid out on paper. {@link #FACING_PAGES} prints the source on the
 * left-hand (verso) page and the translation on the right-hand (recto) page, the way bilingual
 * editions are published; {@link #SIDE_BY_SIDE} prints both in two columns of the same page.
 * HTML, DOCX and ODT editions offer both; on screen an HTML edition always shows two columns.
 */
public enum EditionLayout {
    SIDE_BY_SIDE,
    FACING_PAGES
}
