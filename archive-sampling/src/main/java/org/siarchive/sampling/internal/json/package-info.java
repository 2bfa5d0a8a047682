/**
 * A strict reader of the JSON rule tables (the module depends on no JSON library). Not exported.
 * Parameters are non-null.
 */
package org.siarchive.sampling.internal.json;
