/**
 * The JSON codec of the archive model: {@link org.siarchive.core.json.ArchiveJson} for single
 * documents, {@link org.siarchive.core.json.JsonLinesReader} and {@link
 * org.siarchive.core.json.JsonLinesWriter} for files of one volume per line. The schema is
 * documented in {@code archive-core/SCHEMA.md}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.json;

import org.jspecify.annotations.NullMarked;
