/**
 * Editing operations on an alignment as pure functions from one immutable Alignment to the next
 * (shift, merge, split, insert, remove, confirm, replace sentences), their undo history and
 * search; the editor and the command line both call them.
 */
package org.visavis.edit;
