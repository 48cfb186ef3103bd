// Shared bits of the benchmarks: figure output, percentiles, free ports.
import { createServer } from 'node:net';

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
}

const figures: Figure[] = [];

/** One figure: a JSON line alone on stdout (machine-readable), remembered for the closing table. */
export function emit(bench: string, metric: string, value: number, unit: string): number {
  // Two decimals, but at least three significant digits for small ratios (0.0023, not 0).
  const rounded = Math.abs(value) >= 1 || value === 0 ? Math.round(value * 100) / 100 : Number(value.toPrecision(3));
  const figure = { bench, metric, value: rounded, unit };
  figures.push(figure);
  process.stdout.write(`${JSON.stringify(figure)}\n`);
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
  const rows = figures.map((f) => [f.bench, f.metric, String(f.value), f.unit]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ');
  log(`\n${line(['bench', 'metric', 'value', 'unit'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) log(line(row));
}
