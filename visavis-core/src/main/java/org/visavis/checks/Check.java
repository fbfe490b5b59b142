package org.visavis.checks;

import java.util.List;
import org.visavis.model.Alignment;

/**
 * A quality check over an aligned text, like LanguageTool's {@code Rule}: stateless, named by a
 * stable id, returning its findings.
 *
 * <pre>{@code
 * List<Finding> findings = new NumberMismatchCheck().check(alignment);
 * }</pre>
 */
public interface Check {
    /** The stable id reports and {@code ignored-findings.txt} use, e.g. "term-missing". */
    String id();

    List<Finding> check(Alignment alignment);
}
