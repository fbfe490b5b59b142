/**
 * The architecture tests (ArchUnit) over the main classes of every module, which only this top
 * module has on its class path: {@code ModuleLayersTest} keeps the layers of docs/ARCHITECTURE.md
 * and forbids package cycles, {@code LayeringTest} keeps Swing and AWT in {@code ui}, {@code
 * LanguageToolBoundaryTest} keeps LanguageTool behind {@code languagetool}.
 */
package org.visavis;
