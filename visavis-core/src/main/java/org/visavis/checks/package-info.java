/**
 * Quality checks over an alignment or a single document: each {@link org.visavis.checks.Check}
 * has one id and gives Findings; {@link org.visavis.checks.CheckSuite} runs the chosen ones, and
 * reports are written as JSON, CSV or HTML.
 */
package org.visavis.checks;
