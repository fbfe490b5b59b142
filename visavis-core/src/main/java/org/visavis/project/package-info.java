/**
 * Project folders on disk: documents as XCES, links as cesAlign, saved as one set by {@link
 * org.visavis.project.ProjectWriter} with atomic writes that never follow links, a lock, recovery
 * copies and dated backups.
 */
package org.visavis.project;
