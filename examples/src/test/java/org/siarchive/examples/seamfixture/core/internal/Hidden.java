package org.siarchive.examples.seamfixture.core.internal;

/** An internal helper of the fixture core module. */
public final class Hidden {}
