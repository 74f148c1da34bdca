/**
 * Sample data for examples, reports and JShell: {@link
 * org.communitysafety.examples.sample.BundledSample} is the standard sample (500 villages,
 * 50,000 incidents, 15,000 disputes, 5,000 outreach sessions, 2022–2024) stored as CSV
 * resources in this jar, and {@link org.communitysafety.examples.sample.SampleFiles} writes a
 * sample of any size as a data directory, streaming its records.
 *
 * <p>A test regenerates the standard sample and compares it byte for byte with the bundled
 * files, so the bundle cannot drift from the generator.
 */
package org.communitysafety.examples.sample;
