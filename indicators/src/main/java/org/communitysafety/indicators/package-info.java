/**
 * Indicator definitions and their statistics — intervals, significance tests and change —
 * computed from the counts that {@code csi-core} aggregates.
 *
 * <p>Not yet implemented: the indicator catalogue arrives with the indicators issue. This
 * module is part of the build now so that its dependency rules (Commons Math belongs here,
 * not in core) hold from the start.
 */
package org.communitysafety.indicators;
