import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON schema fast-json-stringify compiles from a zod response schema. `additionalProperties: false` is
 * dropped: fast-json-stringify writes only the declared properties anyway (so extra fields never leak), while the
 * `false` would make it refuse a union branch whose object carries an extra field. Unrepresentable parts (a
 * transform) become `{}`, which fast-json-stringify writes with JSON.stringify.
 */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-7', reused: 'inline' });
  return stripClosedObjects(json) as JsonSchema;
}

function stripClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripClosedObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    if (key === '$schema') continue;
    out[key] = stripClosedObjects(value);
  }
  return out;
}

/** A compiled writer for one response schema; JSON.stringify when the schema cannot be compiled (logged once). */
export function compileResponseWriter(schema: z.ZodType, onFallback?: (error: unknown) => void) {
  try {
    return fastJsonStringify(responseJsonSchema(schema) as unknown as Parameters<typeof fastJsonStringify>[0]);
  } catch (error) {
    onFallback?.(error);
    return (data: unknown) => JSON.stringify(data);
  }
}

function zodSchemaOf(value: unknown): z.ZodType | null {
  if (value instanceof z.core.$ZodType) return value as z.ZodType;
  // Fastify may hand over `{ properties: schema }` (as fastify-type-provider-zod's own compiler accepts).
  const properties = (value as { properties?: unknown } | null)?.properties;
  return properties instanceof z.core.$ZodType ? (properties as z.ZodType) : null;
}

/**
 * Fastify's serializer compiler for zod response schemas. Responses are written by fast-json-stringify, compiled
 * once per route and status from the contract's JSON schema: the per-request cost of checking each response
 * against zod (fastify-type-provider-zod's compiler runs `safeEncode` on every reply, ~10% of a `/me` profile)
 * is paid only when `checkResponses` is on (development and tests), where a response that breaks the contract
 * still fails loudly before it is written.
 */
export function createResponseSerializerCompiler(options: {
  checkResponses: boolean;
  onFallback?: (route: string, error: unknown) => void;
}): FastifySerializerCompiler<unknown> {
  return ({ schema: maybeSchema, method, url }) => {
    const schema = zodSchemaOf(maybeSchema);
    if (!schema) return (data: unknown) => JSON.stringify(data);
    // Compiled on the route's first response, not at start: compiling every route's schema up front cost seconds
    // of start-up on a loaded machine, for routes a process may never serve.
    let compiled: ((data: unknown) => string) | null = null;
    const write = (data: unknown) =>
      (compiled ??= compileResponseWriter(schema, (error) => options.onFallback?.(`${method} ${url}`, error)))(data);
    if (!options.checkResponses) return write;
    return (data: unknown) => {
      const result = z.safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      return write(result.data);
    };
  };
}
