/**
 * The terminology benchmark behind {@code visavis bench-terms}: dominant renderings found from
 * counts and the lexicon, deviations planted into real text, findings matched to the planted
 * cases and to judged findings.
 */
package org.visavis.termbench;
