import { createRequire } from 'node:module';
import type * as Flexible from 'rate-limiter-flexible';

// The two classes Portico uses, from their own files: the package's index requires all of its ~25 stores (Redis,
// Mongo, DynamoDB, etcd...; 36 modules) at every start for nothing. Same files as the index's, so `instanceof`
// holds against what the store throws.
const require = createRequire(import.meta.url);
export const RateLimiterPostgres =
  require('rate-limiter-flexible/lib/RateLimiterPostgres.js') as typeof Flexible.RateLimiterPostgres;
export const RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes.js') as typeof Flexible.RateLimiterRes;
export type RateLimiterPostgres = Flexible.RateLimiterPostgres;
export type RateLimiterRes = Flexible.RateLimiterRes;
