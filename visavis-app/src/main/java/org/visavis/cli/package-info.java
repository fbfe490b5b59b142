/**
 * The command line: one picocli command per verb ({@code align}, {@code check}, {@code export},
 * {@code import}, {@code gui}, {@code demo}, {@code bench}, ...), each reporting a bad input in
 * one line with exit code 2.
 */
package org.visavis.cli;
