export { domainsRoutes } from './routes.ts';
export { mainBaseUrl, requestHost, segmentBaseUrl, segmentOfCurrentHost, segmentOfHost } from './resolve.ts';
