/**
 * Glossaries (TBX, TSV, CSV), term matching by lemma through a Tagger, and the discovery of
 * inconsistent renderings of a term across an alignment.
 */
package org.visavis.terms;
