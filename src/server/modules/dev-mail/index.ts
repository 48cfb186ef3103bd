export { devMailRoutes } from './routes.ts';
export { runMailRetention } from './retention.ts';
