export { accountRoutes } from './routes.ts';
export { insertAccount } from './repository.ts';
