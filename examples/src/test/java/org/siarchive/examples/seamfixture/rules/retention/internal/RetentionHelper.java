package org.siarchive.examples.seamfixture.rules.retention.internal;

/** An internal helper of retention. */
public final class RetentionHelper {}
