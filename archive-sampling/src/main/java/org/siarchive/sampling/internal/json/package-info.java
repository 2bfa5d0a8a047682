/**
 * Strict reading of the JSON rule tables (Jackson's tree model) with schema checks that name the
 * resource and JSON pointer. Not exported. Parameters are non-null.
 */
@NullMarked
package org.siarchive.sampling.internal.json;

import org.jspecify.annotations.NullMarked;
