/**
 * CSI core: the pure domain of community-safety statistics — {@link
 * org.communitysafety.core.Dataset data sets} of jurisdictions, incidents, disputes and
 * outreach sessions — with no required dependencies.
 *
 * <ul>
 *   <li>{@code jurisdiction}: units and the tree they form, populations by year;</li>
 *   <li>{@code taxonomy}: incident categories and groups;</li>
 *   <li>{@code period}: years, quarters, months, ISO weeks, date ranges, 同比 and 环比;</li>
 *   <li>{@code record}: incidents, disputes, outreach sessions, money;</li>
 *   <li>{@code io}: reading with validation, writing; {@code io.csv} the streaming parser;
 *       {@code io.json} and {@code io.tablesaw} optional interop;</li>
 *   <li>{@code sample}: a deterministic generator of realistic data.</li>
 * </ul>
 *
 * <p>Conventions: immutable value types with static factories; nulls rejected at the door;
 * counts are {@code long}; money is exact fen; problems in input are data, not exceptions.
 */
package org.communitysafety.core;
