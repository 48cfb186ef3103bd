import type { Config } from '../../config.ts';
import { normalizedAllowlist } from './address-check.ts';
import type { SendOptions } from './http-sender.ts';

const cache = new WeakMap<Config, SendOptions>();

/** The delivery settings of a configuration (the allowlist parsed once). */
export function webhookSendOptions(config: Config): SendOptions {
  let options = cache.get(config);
  if (!options) {
    options = {
      allow: normalizedAllowlist(config.webhooks.allowPrivateHosts),
      requireHttps: config.webhooks.requireHttps,
      timeoutMs: config.webhooks.timeoutMs,
    };
    cache.set(config, options);
  }
  return options;
}
