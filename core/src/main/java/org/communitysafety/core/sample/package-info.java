/**
 * A seeded generator of a realistic sample city — jurisdictions, yearly populations,
 * incidents, disputes and outreach sessions — for examples, tests and benchmarks, at any size
 * from a few thousand records to tens of millions.
 *
 * <pre>{@code
 * SampleGenerator gen = SampleGenerator.of(SampleSpec.standard());  // 500 villages, 2022–2024
 * gen.tree();         gen.populations();
 * gen.incidents();    gen.disputes();    gen.outreach();             // lazy, deterministic streams
 * gen.dataset();      // everything in memory, for small samples
 * }</pre>
 *
 * <h2>Determinism and cost</h2>
 * Everything follows from the {@link org.communitysafety.core.sample.SampleSpec}: the city from
 * one {@link java.util.SplittableRandom} stream derived from the seed, unit risks from a second,
 * each kind of record from its own (reseeded every 1,024 records from the block number, so
 * streams split for parallel use and a smaller count is a prefix of a larger one). The tables
 * are built once per generator — O(villages + years × 12 × categories) — and a record costs a
 * dozen random draws and array look-ups: 0.15–0.35 µs an incident on one core, so a million
 * incidents take a fraction of a second, and twenty million stream in about 3.5 s in a 48 MB heap.
 * Records come in id order; their dates are in random order.
 *
 * <h2>The model, in numbers</h2>
 * <ul>
 *   <li><b>City</b> ({@link org.communitysafety.core.sample.SampleCity}): {@code 330100} → 6–12
 *       districts (8 for 500 villages; 60% urban 区, the rest counties 县) → streets 街道 (≈8
 *       communities each) and towns 镇 (≈14 villages each) → exactly {@code villages}
 *       communities 社区 and villages 村, about 40% / 60%. Populations only on the lowest
 *       level: villages median 1,800 (300..8,000), communities median 7,500 (1,500..30,000);
 *       2.6–3.0 persons per household; yearly drift −2%..+4%. The standard city has about
 *       2.5 million residents. The jurisdictions carry the last year's figures.</li>
 *   <li><b>Where</b> ({@link org.communitysafety.core.sample.UnitWeights}): weight ∝ population
 *       × Pareto(α 1.5) risk, urban ×1.6, 42% of villages and 8% of communities "quiet"
 *       (criminal weight ×0.015). In the standard sample the busiest 10% of units have about
 *       60% of the criminal cases and about 30% of villages and communities have no criminal
 *       case in a year (零发案率); 5% of records are filed at a town.</li>
 *   <li><b>Incidents</b> ({@link org.communitysafety.core.sample.IncidentProfile}): dispute
 *       calls 25%, traffic accidents 16%, theft 14%, public order 12%, telecom fraud 8%, other
 *       6.6%, e-bike theft 4%, burglary 3%, fraud 3%, assault 2.5%, fire 2%, gambling 1.5%,
 *       drugs 0.8%, vehicle theft 0.6%, robbery 0.4%, snatching 0.3%, sexual offences 0.3%,
 *       homicide 0.02% — 37% criminal in the first year (34% over 2022–2024, as theft
 *       falls). Theft −20% a year, e-bike theft −25%, telecom fraud +20% then −23%; theft
 *       and traffic peak in summer, fire in winter, fraud around the Spring Festival.
 *       Clearance from 20% (telecom fraud) and 35% (theft) to 95% (homicide); days to clear
 *       lognormal, median 0.5–35 days by category; nothing cleared after the
 *       span. Repeat calls ≈7% (15% of dispute calls). Losses lognormal: theft median ¥1,500,
 *       telecom fraud ¥8,000.</li>
 *   <li><b>Disputes</b> ({@link org.communitysafety.core.sample.DisputeModel}): neighbour 28%,
 *       family 20%, labour 14%, property 12% …; median 6 days to close, 0.8% hard cases of
 *       about 14 months; ≈97.5% of concluded disputes resolved (reports: 98.0%); a few 2022
 *       disputes still open at the end of 2024.</li>
 *   <li><b>Outreach</b> ({@link org.communitysafety.core.sample.OutreachModel}): anti-fraud
 *       talks 25%, visits 22%, patrols 20% …; 1–6 police, 0–30 volunteers, 10–800
 *       person-times; about 93% of hazards found are fixed.</li>
 * </ul>
 * The three models extend {@link org.communitysafety.core.sample.RecordModel}, which draws every
 * record's (year, month, type) cell, its day and its unit (5% at a town) the same way, so that a
 * new kind of record only describes its own fields.
 */
package org.communitysafety.core.sample;
