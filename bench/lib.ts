// Shared bits of the benchmarks: figure output (single values and min/median/max spreads), interleaved A/B runs,
// percentiles, free ports. The load itself comes from `wrk.ts`.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  min?: number;
  max?: number;
}

const figures: Figure[] = [];
let figureFile: string | null = null;

/** Every figure's JSON line is also appended to this file (docs/bench/<date>.jsonl by default); '' for none. */
export function setFigureFile(path: string) {
  figureFile = path || null;
  if (figureFile) mkdirSync(dirname(figureFile), { recursive: true });
}

/** The one-minute load average now: the machine is shared, so every figure says how busy it was. */
export const loadAverage = () => Math.round(loadavg()[0]! * 100) / 100;

function record(figure: Figure & Record<string, unknown>) {
  figures.push(figure);
  const line = `${JSON.stringify({ ...figure, at: new Date().toISOString() })}\n`;
  process.stdout.write(line);
  if (figureFile) appendFileSync(figureFile, line);
}

/** One figure: a JSON line alone on stdout (machine-readable), remembered for the closing table. */
export function emit(bench: string, metric: string, value: number, unit: string, context: FigureContext = {}): number {
  // Two decimals, but at least three significant digits for small ratios (0.0023, not 0).
  const rounded = Math.abs(value) >= 1 || value === 0 ? Math.round(value * 100) / 100 : Number(value.toPrecision(3));
  record({ bench, metric, value: rounded, unit, loadavg: loadAverage(), ...context });
  return rounded;
}

/** Human-readable progress goes to stderr, so stdout stays one JSON figure per line. */
export function log(message: string) {
  process.stderr.write(`${message}\n`);
}

export function allFigures(): readonly Figure[] {
  return figures;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Prints every figure as an aligned table on stderr. */
export function printTable() {
  const rows = figures.map((f) => [
    f.bench,
    f.metric,
    f.min === undefined ? String(f.value) : `${f.value} (${f.min}–${f.max})`,
    f.unit,
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ');
  log(`\n${line(['bench', 'metric', 'value', 'unit'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) log(line(row));
}

/** What every figure's JSON line carries besides its value: the dataset it was measured on and the machine's load. */
export interface FigureContext {
  /** Rows that matter to the figure, e.g. `{ tickets: 1_000_000 }`. */
  dataset?: Record<string, number>;
  client?: string;
  /** Anything else worth keeping beside the figure (percentiles of the same runs, the engine...). */
  [key: string]: unknown;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, runs: sorted.length };
}

const round = (value: number) =>
  Math.abs(value) >= 1 || value === 0 ? Math.round(value * 100) / 100 : Number(value.toPrecision(3));

/**
 * A figure measured several times: its median is the value, min and max its spread, printed as one JSON line with
 * the dataset and the one-minute load average at the time. Returns the median.
 */
export function emitSpread(
  bench: string,
  metric: string,
  values: readonly number[],
  unit: string,
  context: FigureContext = {},
): number {
  const spread = spreadOf(values);
  const figure = {
    bench,
    metric,
    value: round(spread.median),
    unit,
    min: round(spread.min),
    max: round(spread.max),
    runs: spread.runs,
    loadavg: loadAverage(),
    ...context,
  };
  record(figure);
  return spread.median;
}

/**
 * Runs baseline and target alternately `repeats` times (baseline, target, baseline, target, ...), so drift of a
 * shared machine hits both alike, and returns each run's target/baseline ratio of `score` (higher is better).
 */
export async function interleaved<T>(
  repeats: number,
  baseline: () => Promise<T>,
  target: () => Promise<T>,
  score: (result: T) => number,
): Promise<{ ratios: number[]; baselines: T[]; targets: T[] }> {
  const ratios: number[] = [];
  const baselines: T[] = [];
  const targets: T[] = [];
  for (let run = 0; run < repeats; run += 1) {
    const base = await baseline();
    const measured = await target();
    baselines.push(base);
    targets.push(measured);
    ratios.push(score(measured) / score(base));
  }
  return { ratios, baselines, targets };
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc; 0 once it is gone. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/** Linux's USER_HZ: 100 on every mainstream kernel build. */
const CLOCK_TICKS = 100;

/** Resident memory of a process (all threads), from /proc. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number; threads: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: field('VmRSS') / 1024, peakMb: field('VmHWM') / 1024, threads: field('Threads') };
}
