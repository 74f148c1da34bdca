/**
 * The few helpers every other package uses: {@link org.communitysafety.core.lang.Check}
 * (argument and state checks with formatted messages) and {@link
 * org.communitysafety.core.lang.Suggest} ("did you mean" by edit distance) and {@link
 * org.communitysafety.core.lang.Futures} (joining a task's future, rethrowing what it threw). A leaf package: it
 * depends on nothing else in CSI, so the domain packages can use it without cycles.
 */
package org.communitysafety.core.lang;
