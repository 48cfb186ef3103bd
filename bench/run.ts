// `npm run bench`: every benchmark in one run on this machine, so the ratios compare like with like.
// Prints one JSON figure per line on stdout; progress and the closing table go to stderr.
import { coldStartBench } from './cold-start.ts';
import { documentsBench } from './documents.ts';
import { conversationsBench } from './conversations.ts';
import { allFigures, emit, log, printTable } from './lib.ts';
import { demoRelevanceBench } from './kb-relevance.ts';
import { LoadClient } from './load-client.ts';
import { liveBench } from './live.ts';
import { meOverheadBenches } from './me-overhead.ts';
import { postgresUrl } from './server.ts';
import { queueKbBench } from './queue-kb.ts';
import { selfServiceBench } from './self-service.ts';
import { slowQueryBench } from './slow-query.ts';
import { LOAD, throughputBench } from './throughput.ts';

const started = performance.now();
// Both engines of throughput and conversations, with PostgreSQL set, take longer than one engine alone.
const deadline = setTimeout(() => {
  log('bench: gave up after 8 minutes');
  process.exit(1);
}, 480_000).unref();

log(
  `Portico benchmarks: node ${process.version}, ${(await import('node:os')).availableParallelism()} cores, ` +
    `load ${LOAD.concurrency} keep-alive connections, ${LOAD.warmupMs} ms warm-up + ${LOAD.durationMs} ms per target, separate load process`,
);
const client = new LoadClient();
let failed = false;
try {
  await throughputBench('embedded', client);
  if (postgresUrl()) await throughputBench('postgres', client);
  else log('\n(no DATABASE_URL / TEST_DATABASE_URL: PostgreSQL throughput skipped)');
  await meOverheadBenches();
  await slowQueryBench(client);
  await conversationsBench('embedded');
  if (postgresUrl()) await conversationsBench('postgres');
  else log('\n(no DATABASE_URL / TEST_DATABASE_URL: PostgreSQL conversations skipped)');
  await liveBench();
  await coldStartBench();
  await documentsBench();
  // Knowledge-base search and the ticket queue on the large seed (BENCH_LARGE_DATABASE_URL / BENCH_LARGE_DATA_DIR),
  // or on a temporary one at scale 0.01.
  await demoRelevanceBench('embedded');
  await selfServiceBench('embedded');
  if (postgresUrl() || process.env.BENCH_LARGE_DATABASE_URL) await selfServiceBench('postgres');
  await queueKbBench(process.env.BENCH_LARGE_DATABASE_URL ? 'postgres' : 'embedded');
} catch (error) {
  failed = true;
  log(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  client.close();
}
emit('run', 'total_time', (performance.now() - started) / 1000, 's');
printTable();
log(`${allFigures().length} figures`);
clearTimeout(deadline);
process.exit(failed ? 1 : 0);
