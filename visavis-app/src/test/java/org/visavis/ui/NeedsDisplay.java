package org.visavis.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that open windows. Without a display each of them is reported as skipped, with the
 * reason, instead of failing or vanishing from the count; run them under
 * {@code xvfb-run -a mvn verify} or on a desktop.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DisplayCondition.class)
@interface NeedsDisplay {
}
