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
 *
 * <p>A tree of a million units is checked, numbered and indexed by code and by name with arrays
 * ({@code CodeIndex}: 16 MB a million codes) rather than maps of boxed positions, and
 * {@link org.communitysafety.core.jurisdiction.Populations} keeps 3 million yearly figures as
 * columns (24 bytes a figure): what the tree makes beyond its units is a few large arrays, which
 * the garbage collector neither traces nor copies object by object.
 */
package org.communitysafety.core.jurisdiction;
