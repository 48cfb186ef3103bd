import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { fileRoutes } from './file-routes.ts';
import { startDocumentJobs } from './jobs.ts';
import { fileRequestChanged } from './request-hooks.ts';
import { fileRequestRoutes } from './request-routes.ts';
import { documentJsonRoutes } from './routes.ts';
import { documentThreads } from './subject-thread.ts';
import { documentThreadRoutes } from './thread-routes.ts';
import { provideSubjectThreads } from '../conversations/index.ts';

/** Every documents route, and the periodic jobs (reminders, trash purge, orphan sweep) for as long as the app runs. */
export function documentRoutes(ctx: AppContext): FastifyPluginAsync {
  // The feedback beside a document is its conversations thread; this module's policy says who reads and writes it.
  // Registered when the app is built, not at import: conversations' index may still be loading then (import cycle).
  provideSubjectThreads('document', documentThreads);
  return async (app) => {
    await app.register(documentJsonRoutes(ctx));
    await app.register(fileRequestRoutes(ctx));
    await app.register(fileRoutes(ctx));
    await app.register(documentThreadRoutes(ctx));
    const stopJobs = startDocumentJobs(ctx, ctx.config.documents.jobIntervalSeconds);
    app.addHook('onClose', async () => stopJobs());
  };
}

export { runDocumentJobs, sendFileRequestReminders, sweepOrphanedObjects, trashAbandonedUploads } from './jobs.ts';
/** For signatures: a PDF held for a signature request is kept once an envelope is sent with it. */
export { releaseHeldUpload } from './repository-held.ts';
export { seedDemoDocuments, seedDemoPolicyDocuments } from './seed.ts';
export { derivedImagesJob, DERIVED_IMAGES_JOB } from './use-cases/make-derived-images.ts';
export { documentHomeCounts } from './home-counts.ts';
export { documentSummariesOf, sharedDocumentIdsOf } from './repository.ts';
export { documentObligations } from './repository-obligations.ts';
export { onDocumentVersionAdded, type DocumentVersionAdded } from './version-hooks.ts';
/** For onboarding: a file request made in the caller's transaction, and its status changes. */
export { createFileRequestInTransaction } from './use-cases/file-requests.ts';
export const onFileRequestChanged = fileRequestChanged.listen;
export {
  currentVersionBytes,
  discardGeneratedFile,
  fileGeneratedDocumentInTransaction,
  storeGeneratedFile,
  type GeneratedFile,
} from './use-cases/generated-files.ts';
