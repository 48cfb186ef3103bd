export { domainsRoutes } from './routes.ts';
export {
  helpDomainRoot,
  mainBaseUrl,
  requestHost,
  segmentBaseUrl,
  segmentOfCurrentHost,
  segmentOfHost,
} from './resolve.ts';
