package org.siarchive.examples.seamfixture.rules.quality.internal;

/** An internal helper of quality. */
public final class QualityHelper {}
