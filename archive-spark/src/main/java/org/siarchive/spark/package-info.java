/**
 * The SDK on Apache Spark: the quality report of a stage ({@link org.siarchive.spark.QualityJob}),
 * the retention impact of an edition ({@link org.siarchive.spark.ImpactJob}) and the verifiable
 * draw ({@link org.siarchive.spark.DrawJob}) over JSON Lines holdings at any path Spark reads, each
 * writing the same JSON the single-machine command writes for the same input. {@link
 * org.siarchive.spark.SiarchiveSpark} is the {@code spark-submit} main class.
 *
 * <p>How: the input is cut into byte-range splits ({@link
 * org.siarchive.core.json.JsonLinesReader#ofSplit}), one Spark task each; a task runs the library's
 * own run over its split and returns its partial figures once; the driver merges them in input
 * order with the library's exact merges and adds prefix sums of the splits' line breaks to the
 * rejected lines, so each keeps its file and line.
 */
@NullMarked
package org.siarchive.spark;

import org.jspecify.annotations.NullMarked;
