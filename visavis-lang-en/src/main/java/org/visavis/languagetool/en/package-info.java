/**
 * The English language module: LanguageTool's English, registered for ServiceLoader in META-
 * INF/services.
 */
package org.visavis.languagetool.en;
