/**
 * Deliberately bad (and some good) classes under a root of their own, laid out like the real
 * modules ({@code core}, {@code rules.retention}, {@code rules.quality}, {@code examples}, {@code
 * benchmarks}): {@code ArchitectureRulesTest} runs each seam rule on them to prove the rule fails
 * where it must and passes where it may. Test code only; never imported by the real rules.
 */
package org.siarchive.examples.seamfixture;
