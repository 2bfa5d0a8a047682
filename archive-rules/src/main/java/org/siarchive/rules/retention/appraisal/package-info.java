/**
 * Appraisal and destruction of records whose retention has run out: {@link
 * org.siarchive.rules.retention.appraisal.Hold}s (legal or business) that keep a record from
 * destruction, the {@link org.siarchive.rules.retention.appraisal.AppraisalList} of records due for
 * appraisal on a date, the team's {@link
 * org.siarchive.rules.retention.appraisal.AppraisalDecision}, and the destruction list (销毁清册): a
 * {@link org.siarchive.rules.retention.appraisal.DestructionList} draft that becomes a {@link
 * org.siarchive.rules.retention.appraisal.FinalDestructionList} only with an appraisal decision
 * ordering each destruction, an approver and at least two supervisors, never holding a record on
 * hold, and itself kept permanently.
 *
 * <p>"Today" always comes from an injected {@link java.time.Clock}.
 *
 * <p>Null policy: parameters and return values are non-null unless a method or record component
 * says it may be null.
 */
@NullMarked
package org.siarchive.rules.retention.appraisal;

import org.jspecify.annotations.NullMarked;
