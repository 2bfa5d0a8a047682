/**
 * Implementation shared by the rule packages: strict loading of rule tables and the way values are
 * shown in messages. Not exported.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package org.siarchive.rules.internal;
