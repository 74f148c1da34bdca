/**
 * The three kinds of record that community-safety work produces — {@link
 * org.communitysafety.core.record.Incident incidents} (警情/案件), {@link
 * org.communitysafety.core.record.Dispute disputes} (矛盾纠纷) and {@link
 * org.communitysafety.core.record.OutreachSession outreach sessions} (宣传/走访/巡逻) — and the
 * enumerations and {@link org.communitysafety.core.record.Money money} amounts they use.
 *
 * <p>Records are immutable values checked in their factories. They are convenient for
 * applications and tests; the aggregation core reads the same data into primitive columns
 * without one object per row. Amounts are exact whole fen ({@code long}), never {@code double}.
 *
 * <p>The coded enumerations ({@link org.communitysafety.core.record.Coded}) list only their
 * constants; each constant's code and Chinese and English labels are a line of this package's
 * {@code labels.properties} (the jurisdiction levels and area kinds have their own beside them).
 */
package org.communitysafety.core.record;
