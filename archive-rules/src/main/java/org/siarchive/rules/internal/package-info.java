/**
 * Implementation shared by the rule packages, not exported: the copies the rule documents' records
 * make of their lists ({@link org.siarchive.rules.internal.Copies}). The strict loader, the JSON
 * pointers and the bundled-table index are the rule-data kernel's, in archive-core.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package org.siarchive.rules.internal;
