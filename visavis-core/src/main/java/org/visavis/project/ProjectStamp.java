package org.visavis.project;

/**
 * Which saved version a project folder holds, as {@link ProjectStore#stamp} reads it: two stamps
 * differ when someone saved the project in between.
 */
public record ProjectStamp(String value) {
}
