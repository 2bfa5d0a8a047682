/** Implementation details of archive-core; not exported. */
@NullMarked
package org.siarchive.core.internal;

import org.jspecify.annotations.NullMarked;
