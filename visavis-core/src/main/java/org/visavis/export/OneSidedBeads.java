package org.visavis.export;

/**
 * What an export does with beads that have sentences on one side only (1-0 and 0-1): a CAT tool
 * cannot use them as translations, so TMX leaves them out unless asked.
 */
public enum OneSidedBeads {
    LEAVE_OUT,
    INCLUDE
}
