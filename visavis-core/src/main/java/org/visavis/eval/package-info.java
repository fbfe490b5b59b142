/**
 * Evaluation of an alignment against gold beads: bead files and strict and lax precision and
 * recall.
 */
package org.visavis.eval;
