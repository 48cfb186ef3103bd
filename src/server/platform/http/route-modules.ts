import type { FastifyInstance, FastifyPluginAsync, FastifyPluginOptions, RouteOptions } from 'fastify';
import type { BuiltModuleName } from '../../../contract/index.ts';

/**
 * The portal module (or modules) a route belongs to. A segment that does not switch it on gets 403
 * `module_disabled` from the module gate (segments/module-gate.ts). Several modules: routes shared by them (a
 * thread's messages serve conversations and tickets); the addressed object's own module then decides.
 */
export type RouteModule = BuiltModuleName | readonly BuiltModuleName[];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Declared on the route itself; wins over the plugin's stamp. `null`: the route belongs to no module. */
    module?: RouteModule | null;
    /** Set by `inModule` for every route of a plugin; the innermost stamp wins. Read with `moduleOfRoute`. */
    moduleStamp?: RouteModule | null;
  }
}

/** The modules a route belongs to (empty: none), from its own declaration or its plugin's stamp. */
export function moduleOfRoute(config: { module?: RouteModule | null; moduleStamp?: RouteModule | null } | undefined) {
  const declared = config && 'module' in config ? config.module : config?.moduleStamp;
  if (!declared) return [];
  return typeof declared === 'string' ? [declared] : [...declared];
}

/**
 * Registers a module's plugin with every route stamped as belonging to `module` (null: to none), so the module
 * gate applies without each route repeating it (app.ts stamps each module's plugin).
 */
export function inModule<Options extends FastifyPluginOptions>(
  module: RouteModule | null,
  plugin: FastifyPluginAsync<Options>,
): FastifyPluginAsync<Options> {
  return async (app: FastifyInstance, options: Options) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      // A new object: routes of different plugins may share one config literal.
      route.config = { ...route.config, moduleStamp: module };
    });
    await app.register(plugin, options);
  };
}
