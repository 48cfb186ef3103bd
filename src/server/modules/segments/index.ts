export { segmentRoutes } from './routes.ts';
export { builtModules } from './presenters.ts';
export {
  findSegment,
  listSegments,
  insertSegment,
  modulesOfAccount,
  threadModuleOnSql,
  accountModuleOnSql,
  type SegmentFields,
} from './repository.ts';
export { moduleGateFor, registerModuleRouteCheck } from './module-gate.ts';
