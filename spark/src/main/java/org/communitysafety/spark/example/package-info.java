/**
 * A runnable Spark job, {@link org.communitysafety.spark.example.IndicatorsJob}: {@code csi
 * report} on a cluster, from record tables to tables of indicator rows and rejected rows.
 */
package org.communitysafety.spark.example;
