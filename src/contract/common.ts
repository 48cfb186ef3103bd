import { z } from 'zod';

/** Opaque, unguessable identifier (UUIDv7). */
export const Id = z.uuid();
export const Timestamp = z.string().describe('ISO 8601 UTC timestamp');

export const EmailAddress = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const DisplayName = z.string().trim().min(1).max(120);

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** What the caller may do with an object, computed by the server's policy for that object. */
export function Abilities<K extends string>(...keys: [K, ...K[]]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.boolean()])) as Record<K, z.ZodBoolean>);
}

export const FieldError = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(FieldError).optional(),
  requestId: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const Ok = z.object({ ok: z.literal(true) });

export const MODULES = [
  'documents',
  'messages',
  'tickets',
  'knowledge_base',
  'billing',
  'tasks',
  'projects',
  'approvals',
  'forms',
  'onboarding',
  'signatures',
  'orders',
  'returns',
] as const;
export const ModuleName = z.enum(MODULES);
export type ModuleName = z.infer<typeof ModuleName>;
/** Modules whose pages exist in this build; the others are hidden from users, never faked. */
export const BUILT_MODULES = [
  'messages',
  'knowledge_base',
  'documents',
  'tickets',
  'billing',
  'projects',
  'approvals',
  'forms',
  'onboarding',
  'signatures',
  'orders',
  'returns',
] as const satisfies readonly ModuleName[];
/** A module a segment may switch on: only the built ones (the server refuses the rest with 400). */
export const BuiltModuleName = z.enum(BUILT_MODULES);
export type BuiltModuleName = z.infer<typeof BuiltModuleName>;
export const isBuiltModule = (module: string): module is BuiltModuleName =>
  (BUILT_MODULES as readonly string[]).includes(module);

export const StaffRole = z.enum(['owner', 'admin', 'agent']);
export type StaffRole = z.infer<typeof StaffRole>;
export const AccountRole = z.enum(['account_admin', 'member']);
export type AccountRole = z.infer<typeof AccountRole>;
