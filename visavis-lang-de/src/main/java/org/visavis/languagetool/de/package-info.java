/**
 * The German language module: LanguageTool's German, registered for ServiceLoader in META-
 * INF/services; not in the default application (build it with -Pgerman).
 */
package org.visavis.languagetool.de;
