package org.visavis.terms;

import java.util.Set;

/**
 * One direction of the question {@link RenderingDiscovery} asks: how words relate across, whether
 * single words are checked, and, for the reverse question, the stems of the other side's recurring
 * terms (a target term standing for another source term matters only when that is a term of its
 * own), else null; and where the other side's language puts the head of a phrase without a
 * preposition ({@code renderingHead}: "noyau Linux", "Linux kernel").
 */
record Direction(Relatedness related, boolean singleWords, Set<Set<String>> otherSideTerms,
                 RenderingDeclarations.HeadPosition renderingHead) {

    /** True for the reverse question: which source term a target term stands for. */
    boolean reverse() {
        return otherSideTerms != null;
    }
}
