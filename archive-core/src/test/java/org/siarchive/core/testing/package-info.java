/**
 * Shared test generators and fixtures, published in archive-core's test-jar for the other modules'
 * tests.
 */
package org.siarchive.core.testing;
