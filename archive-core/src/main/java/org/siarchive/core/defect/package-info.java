/**
 * The defect vocabulary shared by every check: {@link org.siarchive.core.defect.DefectCode}, {@link
 * org.siarchive.core.defect.Severity}, {@link org.siarchive.core.defect.Location} and {@link
 * org.siarchive.core.defect.Defect}. A defect is a result, never an exception.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.defect;

import org.jspecify.annotations.NullMarked;
