/**
 * The few helpers every other package uses: {@link org.communitysafety.core.lang.Check}
 * (argument and state checks with formatted messages) and {@link
 * org.communitysafety.core.lang.Suggest} ("did you mean" by edit distance). A leaf package: it
 * depends on nothing else in CSI, so the domain packages can use it without cycles.
 */
package org.communitysafety.core.lang;
