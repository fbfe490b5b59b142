/**
 * The French language module: LanguageTool's French, registered for ServiceLoader in META-
 * INF/services.
 */
package org.visavis.languagetool.fr;
