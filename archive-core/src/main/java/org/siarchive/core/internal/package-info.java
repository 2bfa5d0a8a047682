/** Implementation details of archive-core; not exported. */
package org.siarchive.core.internal;
