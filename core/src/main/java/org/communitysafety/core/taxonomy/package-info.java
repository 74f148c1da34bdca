/**
 * Incident categories and the groups they form ({@code criminal}, {@code property},
 * {@code two_robberies} ...). A {@link org.communitysafety.core.taxonomy.Taxonomy} gives each
 * category a dense index, so that the aggregation core counts by {@code int} category and
 * answers a group with a {@code boolean[]} mask.
 */
package org.communitysafety.core.taxonomy;
