/**
 * Jurisdictions: the units — city (市), district or county (区/县), town or street (镇/街道),
 * village or community (村/社区) — and the {@link
 * org.communitysafety.core.jurisdiction.JurisdictionTree tree} they form.
 *
 * <p>The tree numbers its units densely in post-order (children before parents, every subtree a
 * contiguous range), so the aggregation core keeps figures in arrays of {@code units} longs and
 * rolls them up in one forward pass, with no hash look-ups. A city of 3,500 units costs
 * 28 KB per figure per period. Populations are resolved per year ({@link
 * org.communitysafety.core.jurisdiction.Populations}): a parent without its own figure takes
 * the sum of its children's.
 */
package org.communitysafety.core.jurisdiction;
