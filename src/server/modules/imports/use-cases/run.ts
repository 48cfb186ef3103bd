import type { RunImport } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, invalid } from '../../../platform/http/errors.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import { findSegment } from '../../segments/index.ts';
import { findImport, startRun } from '../repository.ts';
import { mappingProblems } from '../rows.ts';
import { getImportUseCase, loadImport } from './load.ts';
import { IMPORT_JOB } from './process.ts';

/**
 * Starts a dry run or the import as a background job. The mapping is checked against the file's header first
 * (400); a run while one is queued or running is 409 (the row lock makes two at once one start and one 409).
 */
export async function runImportUseCase(ctx: AppContext, actor: Actor, importId: string, settings: RunImport) {
  const row = await loadImport(ctx, actor, importId);
  const problems = mappingProblems(row.columns, settings);
  if (settings.defaultSegmentId && !(await findSegment(ctx.db, settings.defaultSegmentId)))
    problems.push({ path: 'defaultSegmentId', message: 'Choose an existing segment.' });
  if (problems.length)
    throw invalid(
      problems.map((problem) => ({ path: problem.path, code: 'invalid_mapping', message: problem.message })),
    );
  await ctx.db.transaction(async (tx) => {
    const current = await findImport(tx, importId, { lock: true });
    if (current?.status === 'queued' || current?.status === 'running')
      throw conflict('This file is being imported already. Wait for it to finish.', 'import_running');
    const now = ctx.clock.now();
    await startRun(tx, importId, settings, now);
    await enqueueJob(tx, { kind: IMPORT_JOB, payload: { importId }, runAt: now, maxAttempts: 10 }, now);
  });
  return getImportUseCase(ctx, actor, importId);
}
