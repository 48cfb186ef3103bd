// Knowledge-base relevance: do customers' own questions find the article that answers them? A fixed set of
// questions, each with the article it should find, asked of the help center as a visitor; recall@3 = the share whose
// article is among the first three results (goal ≥ 0.9), next to the latency of the same searches.
// - the demo dataset: the Northwind help center (src/server/modules/knowledge-base/demo-*.ts), DEMO_QUESTIONS below;
// - the large dataset: questions phrased from the titles of its public articles (largeDatasetQuestions), asked by
//   bench/self-service.ts over all 100,000 articles.
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../src/server/platform/db/index.ts';
import { emit, log, percentile } from './lib.ts';
import { withDemoPortal } from './portal.ts';
import type { Engine } from './server.ts';

export interface Question {
  q: string;
  /** The article that answers it: its slug (demo) or its title (large dataset, where titles repeat). */
  expected: string;
}

/** What visitors type into the Northwind help center, and the article that answers each. Some carry typos. */
export const DEMO_QUESTIONS: Question[] = [
  { q: 'cannot reset my password', expected: 'reset-your-password' },
  { q: 'forgot password', expected: 'reset-your-password' },
  { q: 'password reset email never came', expected: 'reset-your-password' },
  { q: 'pasword reset', expected: 'reset-your-password' },
  { q: 'magic link not working', expected: 'magic-link-sign-in' },
  { q: 'sign in without a password', expected: 'magic-link-sign-in' },
  { q: 'email me a login link', expected: 'magic-link-sign-in' },
  { q: 'set up authenticator app', expected: 'two-factor-authentication' },
  { q: 'two factor authentication setup', expected: 'two-factor-authentication' },
  { q: 'lost my phone cant log in authenticator', expected: 'lost-two-factor-device' },
  { q: 'use a recovery code', expected: 'lost-two-factor-device' },
  { q: 'new phone authenticator codes', expected: 'lost-two-factor-device' },
  { q: 'log out of all devices', expected: 'sign-out-everywhere' },
  { q: 'sign out other browsers', expected: 'sign-out-everywhere' },
  { q: 'account locked', expected: 'account-locked' },
  { q: 'too many failed login attempts', expected: 'account-locked' },
  { q: 'invite a coworker', expected: 'invite-a-colleague' },
  { q: 'invitation expired', expected: 'invite-a-colleague' },
  { q: 'give my colleague access', expected: 'invite-a-colleague' },
  { q: 'remove employee who left', expected: 'remove-a-team-member' },
  { q: 'delete a team member', expected: 'remove-a-team-member' },
  { q: 'change my email address', expected: 'change-email-address' },
  { q: 'update my name', expected: 'change-email-address' },
  { q: 'stop getting so many emails', expected: 'email-notification-preferences' },
  { q: 'unsubscribe from notifications', expected: 'email-notification-preferences' },
  { q: 'daily digest instead of every update', expected: 'email-notification-preferences' },
  { q: 'api key', expected: 'personal-api-tokens' },
  { q: 'connect a script to the api', expected: 'personal-api-tokens' },
  { q: 'how to upload a file', expected: 'upload-documents' },
  { q: 'maximum file size', expected: 'upload-documents' },
  { q: 'deleted a document by mistake', expected: 'restore-deleted-file' },
  { q: 'get a file back from the trash', expected: 'restore-deleted-file' },
  { q: 'advisor asked me for documents', expected: 'file-requests' },
  { q: 'file request due date', expected: 'file-requests' },
  { q: 'ask my advisor a question', expected: 'send-a-message' },
  { q: 'start a new conversation', expected: 'send-a-message' },
  { q: 'delete a message I sent', expected: 'edit-or-delete-a-message' },
  { q: 'edit my message typo', expected: 'edit-or-delete-a-message' },
  { q: 'open a ticket', expected: 'open-a-support-ticket' },
  { q: 'contact support', expected: 'open-a-support-ticket' },
  { q: 'how do I report a problem', expected: 'open-a-support-ticket' },
  { q: 'ticket still pending', expected: 'ticket-status' },
  { q: 'reopen a solved ticket', expected: 'ticket-status' },
  { q: 'rate the support I got', expected: 'rate-support' },
  { q: 'satisfaction survey', expected: 'rate-support' },
  { q: 'invoice wrong', expected: 'correct-an-invoice' },
  { q: 'wrong VAT number on invoice', expected: 'correct-an-invoice' },
  { q: 'need a credit note', expected: 'correct-an-invoice' },
  { q: 'download invoice pdf', expected: 'download-invoices' },
  { q: 'all invoices for my accountant', expected: 'download-invoices' },
  { q: 'change credit card', expected: 'update-payment-method' },
  { q: 'my payment failed', expected: 'update-payment-method' },
  { q: 'charged twice', expected: 'request-a-refund' },
  { q: 'I want my money back', expected: 'request-a-refund' },
  { q: 'upgrade my plan', expected: 'change-plan' },
  { q: 'downgrade', expected: 'change-plan' },
  { q: 'cancel subscription', expected: 'cancel-subscription' },
  { q: 'cancle my subscribtion', expected: 'cancel-subscription' },
  { q: 'stop the renewal', expected: 'cancel-subscription' },
  { q: 'what does retainer mean on my invoice', expected: 'understanding-your-invoice' },
  { q: 'payment terms', expected: 'understanding-your-invoice' },
];

/** How customers open a question; the large dataset's questions put its titles' words in their mouths. */
const OPENERS = ['I cannot', 'how do i', 'need help to', 'unable to', 'problem when I try to'];

/**
 * Questions from the large dataset's titles ("How to export the invoice on mobile" -> "unable to export my invoice
 * on mobile"): the first `count` public, published articles by position, a fixed set for a given dataset.
 */
export async function largeDatasetQuestions(db: Queryable, count: number): Promise<Question[]> {
  const { rows } = await db.query<{ title: string }>(
    `SELECT a.title FROM kb_articles a JOIN kb_sections s ON s.id = a.section_id JOIN kb_categories c ON c.id = s.category_id
     WHERE a.status = 'published' AND a.audience = 'public' AND c.audience = 'public' AND a.title LIKE 'How to % the %'
     ORDER BY a.position LIMIT $1`,
    [count],
  );
  return rows.map(({ title }, i) => ({
    q: `${OPENERS[i % OPENERS.length]} ${title.replace(/^How to (\w+) the /, '$1 my ')}`,
    expected: title,
  }));
}

/** Asks every question as a visitor (each from its own address) and reports recall@3 and the latency. */
export async function measureRelevance(
  app: FastifyInstance,
  bench: string,
  questions: Question[],
  matchBy: 'slug' | 'title',
) {
  const times: number[] = [];
  const missed: string[] = [];
  let top1 = 0;
  for (const [i, question] of questions.entries()) {
    const started = performance.now();
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/knowledge-base/search?q=${encodeURIComponent(question.q)}&limit=10`,
      remoteAddress: `10.3.${(i >> 8) & 255}.${i & 255}`,
    });
    times.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`search answered ${response.statusCode}: ${response.body}`);
    const found = (response.json() as { items: { slug: string; title: string }[] }).items.map((hit) => hit[matchBy]);
    if (found[0] === question.expected) top1 += 1;
    if (!found.slice(0, 3).includes(question.expected))
      missed.push(`"${question.q}" (got ${found.slice(0, 3).join(', ')})`);
  }
  const recall = emit(
    bench,
    'kb_relevance_recall_at_3',
    (questions.length - missed.length) / questions.length,
    'ratio',
  );
  emit(bench, 'kb_relevance_top1', top1 / questions.length, 'ratio');
  emit(bench, 'kb_relevance_questions', questions.length, 'queries');
  const p50 = emit(bench, 'kb_relevance_search_p50', percentile(times, 50), 'ms');
  const p95 = emit(bench, 'kb_relevance_search_p95', percentile(times, 95), 'ms');
  log(
    `  relevance: ${questions.length} questions, recall@3 ${recall} (goal ≥ 0.9: ${recall >= 0.9 ? 'met' : 'NOT MET'}), ` +
      `search p50 ${p50} ms, p95 ${p95} ms`,
  );
  for (const miss of missed) log(`    missed: ${miss}`);
  return recall;
}

/** The demo help center in a fresh database of the given engine. */
export async function demoRelevanceBench(engine: Engine) {
  const bench = `kb-relevance-demo-${engine}`;
  log(`\n== ${bench}: customers' questions over the demo help center`);
  await withDemoPortal(engine, 'kb', ({ app }) => measureRelevance(app, bench, DEMO_QUESTIONS, 'slug'));
}

// Run alone: `node --import tsx bench/kb-relevance.ts [embedded|postgres]` (default embedded).
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  const engines = process.argv.slice(2).filter((arg): arg is Engine => arg === 'embedded' || arg === 'postgres');
  for (const engine of engines.length ? engines : (['embedded'] as const)) await demoRelevanceBench(engine);
  printTable();
  process.exit(0);
}
