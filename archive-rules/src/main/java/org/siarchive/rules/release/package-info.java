/**
 * Releasing rule data (issue 17): {@link org.siarchive.rules.release.RuleDataNotes}, the
 * CHANGELOG's "Rule data" notes of a data release generated from the tables.
 */
@NullMarked
package org.siarchive.rules.release;

import org.jspecify.annotations.NullMarked;
