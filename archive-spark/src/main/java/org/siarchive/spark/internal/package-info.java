/** How the jobs cut, ship and read: splits, partial results, the executors' rule cache. */
@NullMarked
package org.siarchive.spark.internal;

import org.jspecify.annotations.NullMarked;
