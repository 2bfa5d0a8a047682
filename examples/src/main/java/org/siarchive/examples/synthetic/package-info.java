/**
 * A synthetic city of sub-centres and volumes with seeded defects, reproducible from a seed: the
 * data behind {@code siarchive demo} and {@code siarchive generate}, and the ground truth the
 * quality checks are measured against. Illustrative business only.
 */
package org.siarchive.examples.synthetic;
