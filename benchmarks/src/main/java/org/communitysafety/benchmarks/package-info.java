/**
 * JMH benchmarks. Each benchmark's javadoc states the question it answers and the command
 * that runs it; {@code benchmarks/README.md} keeps the figures, the machine and the JDK.
 *
 * <p>Today: the CSV parser against the naive split. The aggregation-core and indicator
 * benchmarks arrive with their issues.
 */
package org.communitysafety.benchmarks;
