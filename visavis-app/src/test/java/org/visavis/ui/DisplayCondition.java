package org.visavis.ui;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The condition behind {@link NeedsDisplay}: with no display, every test method is disabled with
 * the reason, so that JUnit and Surefire count each as skipped. The class itself stays enabled
 * (a disabled class would count as one skipped test, hiding how many there are); it needs
 * nothing of the display before its first test.
 */
final class DisplayCondition implements ExecutionCondition {
    static final String REASON = "no display (headless): run under xvfb-run -a mvn verify";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("the class; its tests are decided one by one");
        }
        return GraphicsEnvironment.isHeadless()
                ? ConditionEvaluationResult.disabled(REASON)
                : ConditionEvaluationResult.enabled("a display is available");
    }
}
