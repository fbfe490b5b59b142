/**
 * The Swing review editor: the only package that uses Swing or AWT; it changes alignments only
 * through the edit package and runs slow work off the event thread.
 */
package org.visavis.ui;
