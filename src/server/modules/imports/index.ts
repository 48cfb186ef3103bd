export { importRoutes } from './routes.ts';
export { IMPORT_JOB, importJobOptions, runImportJob } from './use-cases/process.ts';
export { IMPORT_INVITATIONS_JOB, sendImportInvitationsJob } from './use-cases/send-invitations.ts';
