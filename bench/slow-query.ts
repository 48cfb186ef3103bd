// A slow report on the embedded engine must not stall the event loop: PGlite runs in a worker thread.
// Probes GET /livez every 10 ms (from the separate load process) without and during a CPU-heavy query.
import { emit, log, percentile } from './lib.ts';
import { LoadClient, type ProbeTarget } from './load-client.ts';
import { startInProcessServer } from './in-process-server.ts';

const SLOW_SQL = 'SELECT count(*) AS n FROM generate_series(1, 20000000) a, LATERAL (SELECT md5(a::text)) b';
const BASELINE_MS = 3000;

function summarise(bench: string, phase: string, samples: { ms: number; status: number }[], suffix = '') {
  const latencies = samples.map((s) => s.ms);
  const failed = samples.filter((s) => s.status !== 200).length;
  const p50 = emit(bench, `${phase}_p50${suffix}`, percentile(latencies, 50), 'ms');
  const p99 = emit(bench, `${phase}_p99${suffix}`, percentile(latencies, 99), 'ms');
  emit(bench, `${phase}_max${suffix}`, Math.max(...latencies), 'ms');
  emit(bench, `${phase}_samples${suffix}`, samples.length, 'requests');
  if (failed) emit(bench, `${phase}_non_200${suffix}`, failed, 'requests');
  return { p50, p99 };
}

export async function slowQueryBench(client = new LoadClient()) {
  const bench = 'slow-query-embedded';
  log(`\n== ${bench}: /livez latency with and without a slow report query`);
  const server = await startInProcessServer('embedded', { accounts: 0 });
  try {
    const probes: ProbeTarget[] = [
      { name: 'livez', url: `${server.url}/livez`, intervalMs: 10 },
      // A request that needs the database: it queues behind the report on the single embedded connection.
      { name: 'me', url: `${server.url}/api/v1/me`, headers: { cookie: server.ownerCookie }, intervalMs: 100 },
      // Readiness pings the database with a 2 s timeout: a report longer than that makes it answer 503.
      { name: 'readyz', url: `${server.url}/readyz`, intervalMs: 100 },
    ];
    await client.probeStart(probes);
    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    const baseline = await client.probeStop();

    await client.probeStart(probes);
    const started = performance.now();
    const { rows } = await server.ctx.db.query<{ n: number }>(SLOW_SQL);
    const queryMs = performance.now() - started;
    const during = await client.probeStop();
    if (rows[0]?.n !== 20_000_000) throw new Error('slow query returned a wrong count');

    emit(bench, 'slow_query_duration', queryMs, 'ms');
    const idle = summarise(bench, 'livez_idle', baseline.livez!);
    const busy = summarise(bench, 'livez_during_query', during.livez!);
    emit(bench, 'livez_p50_during_vs_idle', busy.p50 / idle.p50, 'ratio');
    emit(bench, 'livez_p99_during_vs_idle', busy.p99 / idle.p99, 'ratio');
    emit(bench, 'livez_p99_during_vs_query_duration', busy.p99 / queryMs, 'ratio');
    const meIdle = summarise(bench, 'me_idle', baseline.me!);
    const meBusy = summarise(bench, 'me_during_query', during.me!);
    const readyIdle = baseline.readyz!.filter((s) => s.status !== 200).length;
    const readyBusy = during.readyz!.filter((s) => s.status !== 200).length;
    emit(bench, 'readyz_non_200_idle', readyIdle, 'requests');
    emit(bench, 'readyz_non_200_during_query', readyBusy, 'requests');
    emit(bench, 'readyz_samples_during_query', during.readyz!.length, 'requests');
    log(
      `  /readyz non-200 answers: ${readyIdle}/${baseline.readyz!.length} idle, ${readyBusy}/${during.readyz!.length} during the query`,
    );
    log(`  query ${queryMs.toFixed(0)} ms; /livez p50 ${idle.p50} → ${busy.p50} ms, p99 ${idle.p99} → ${busy.p99} ms`);
    log(`  /api/v1/me (needs the database) p50 ${meIdle.p50} → ${meBusy.p50} ms, p99 ${meIdle.p99} → ${meBusy.p99} ms`);
  } finally {
    await server.close();
    client.close();
  }
}
