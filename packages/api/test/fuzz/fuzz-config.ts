/**
 * Bounds of the property-based fuzzers (fast-check), read from the environment so CI stays near
 * one minute while a longer hunt is one variable away:
 * - FUZZ_RUNS: runs per GraphQL operation and per viewer, and deposit runs are 4× that (default 6);
 * - FUZZ_SEED: the seed (default fixed, so CI is reproducible; `random` draws one, printed on failure);
 * - FUZZ_TIME_S: a time budget per fuzzer (default 90 s): on a loaded machine the runs stop there
 *   (each operation still runs at least once), so CI time stays bounded whatever the load.
 */
export function fuzzTimeMs(): number {
  const n = Number(process.env.FUZZ_TIME_S ?? 90);
  return (Number.isFinite(n) && n > 0 ? n : 90) * 1000;
}

export function fuzzRuns(): number {
  const n = Number(process.env.FUZZ_RUNS ?? 6);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 6;
}

export function fuzzSeed(): number | undefined {
  const s = process.env.FUZZ_SEED;
  if (s === 'random') {
    return undefined;
  }
  return s ? Number(s) : 20261207;
}

/** Resident memory in MiB. */
export function rssMiB(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}
