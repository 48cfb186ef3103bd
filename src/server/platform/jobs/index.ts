export {
  completeJob,
  deleteFinishedJobsBefore,
  enqueueJob,
  enqueueJobs,
  insertJobsSql,
  afterJobsInserted,
  listJobs,
  retryFailedJob,
  findJob,
  type JobRow,
  type NewJob,
} from './queue.ts';
export { JobRunner, type JobHandler, type JobKindOptions, type JobOutcome } from './runner.ts';
export { jobRoutes } from './routes.ts';
