export { ssoRoutes } from './routes.ts';
