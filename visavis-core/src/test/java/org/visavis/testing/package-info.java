/**
 * What the tests of every module share, shipped in visavis-core's test jar: {@link
 * org.visavis.testing.TestResources} finds fixtures on the test class path, {@link
 * org.visavis.testing.OmegatConsole} runs the installed OmegaT for the tests that must see our
 * files through it.
 */
package org.visavis.testing;
