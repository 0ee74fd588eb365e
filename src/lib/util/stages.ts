// Stage timings for the benches: where a load and an attribution spend their wall time. A lap ends the stage
// running since the previous lap; timed() adds a part of a stage (papaparse inside the parse) under its own name,
// without taking it out of the lap. Always recorded: about 40 laps and one timed() call per 64 Ki characters cost
// well under a millisecond on a 70 MB file. Read by the command line (MITTARI_TIMINGS=1 prints them to stderr)
// and, in the browser, by the bench through `globalThis.mittariStages` in the engine worker (set below). Times are
// per thread: a parse worker's own parts are not seen here, only the wall time the calling thread waited for them.

const totals = new Map<string, number>();
/** When each stage's latest lap ended, in ms since the epoch: lines a worker's stages up with the page's clock. */
const ends = new Map<string, number>();
/** The first lap starts with the thread (performance.now() counts from the process's or the worker's start). */
let lapStart = 0;

/** Forgets the stages so far; the next lap starts at `from` (performance.now() ms). */
export function startStages(from = performance.now()): void {
  totals.clear();
  ends.clear();
  lapStart = from;
}

/** Adds `ms` under `name` (for what timed() cannot wrap: an await). */
export function addStage(name: string, ms: number): void {
  totals.set(name, (totals.get(name) ?? 0) + ms);
}

/** Ends the current stage under `name` (added to an earlier lap of that name) and starts the next. */
export function lap(name: string): void {
  const t = performance.now();
  addStage(name, t - lapStart);
  ends.set(name, performance.timeOrigin + t);
  lapStart = t;
}

/** Runs `f`, adding its wall time under `name`; the running lap still counts it. */
export function timed<T>(name: string, f: () => T): T {
  const t = performance.now();
  try {
    return f();
  } finally {
    addStage(name, performance.now() - t);
  }
}

/** Each stage's total ms in first-seen order. */
export function stageTimes(): [string, number][] {
  return [...totals];
}

/** When each lap's stage last ended, ms since the epoch. */
export function stageEnds(): [string, number][] {
  return [...ends];
}

/** Milliseconds since the epoch now, comparable across threads (a worker's performance.now() has its own origin). */
export const epochNow = (): number => performance.timeOrigin + performance.now();

// The handle test/bench/browser.bench.ts calls in the engine worker (Playwright's worker.evaluate).
(globalThis as { mittariStages?: unknown }).mittariStages = { start: () => startStages(), times: stageTimes, ends: stageEnds, now: epochNow };
