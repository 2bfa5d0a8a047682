/**
 * The embedding example of the README, compiled so that it cannot rot: {@code Intake} reads a JSON
 * Lines file of volumes and reports each record as decoded or rejected.
 */
package org.siarchive.examples.embedding;
