/**
 * The word aligner (IBM Model 2 with a diagonal prior, trained by EM in both directions and
 * symmetrised); below align and terms, it knows neither.
 */
package org.visavis.wordalign;
