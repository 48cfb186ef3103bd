import type { paths } from '../../client/index.ts';
import { usePagedLoader, useLoaded, type Page, type PagedList, type Resource } from './hooks.ts';
import { porticoApi } from './typed-client.ts';

/**
 * Reads through the typed client: the same loading, reload and "Load more" behaviour as `useResource` and
 * `usePagedList` (one state machine, `useLoaded` / `usePagedLoader`), but the path, its parameters and the data are
 * the OpenAPI document's, so a page reading a field the contract does not have, or forgetting a path parameter,
 * fails tsc.
 */

/** Paths with a GET that answers JSON. */
export type GetPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': unknown } } } } }
    ? P
    : never;
}[keyof paths];
type GetOperation<P extends GetPath> = paths[P]['get'];
/** What a GET answers. */
export type GetData<P extends GetPath> = GetOperation<P>['responses'][200]['content']['application/json'];
type ParametersOf<P extends GetPath> = GetOperation<P> extends { parameters: infer Params } ? Params : never;
/** A GET's path and query parameters (`params` of openapi-fetch). */
export type GetParams<P extends GetPath> = Pick<ParametersOf<P>, 'path' & keyof ParametersOf<P>> &
  Pick<ParametersOf<P>, 'query' & keyof ParametersOf<P>>;
/** A GET's query parameters, as the contract has them. */
export type GetQuery<P extends GetPath> = NonNullable<ParametersOf<P> extends { query?: infer Query } ? Query : never>;
/** Paths whose GET answers a cursor page. */
export type PagedPath = {
  [P in GetPath]: GetData<P> extends { items: unknown[]; nextCursor: string | null } ? P : never;
}[GetPath];
export type ItemOf<P extends PagedPath> = GetData<P> extends { items: (infer Item)[] } ? Item : never;

type LooseGet = (
  path: string,
  init: { params?: { path?: object; query?: object }; signal?: AbortSignal },
) => Promise<{ data?: unknown }>;

/**
 * Query parameters as `api()`'s `withQuery` sends them: without the empty ones (an empty filter is no filter), and a
 * list comma-separated, the contract's convention for list filters (`status=new,open`), never repeated keys.
 */
function withoutEmpty(query: object | undefined): Record<string, unknown> | undefined {
  if (!query) return undefined;
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]),
  );
}

/** One GET through the typed client; a failure is thrown as an ApiError by its middleware. */
export async function typedGet<P extends GetPath>(
  path: P,
  params: GetParams<P> | undefined,
  signal?: AbortSignal,
): Promise<GetData<P>> {
  const loose = params as { path?: object; query?: object } | undefined;
  // openapi-fetch's GET is typed per literal path; here the path is generic, so it is called through a loose type.
  const get = porticoApi.GET as unknown as LooseGet;
  const { data } = await get(path, { params: { path: loose?.path, query: withoutEmpty(loose?.query) }, signal });
  return data as GetData<P>;
}

/** The key that names one GET: its path and parameters. */
function keyOf(path: string, params: unknown): string {
  return `${path} ${JSON.stringify(params ?? null)}`;
}

/** GET a resource through the typed client; `path` null skips loading. */
export function useApi<P extends GetPath>(path: P | null, params?: GetParams<P>): Resource<GetData<P>> {
  return useLoaded<GetData<P>>(path === null ? null : keyOf(path, params), (signal) =>
    typedGet(path as P, params, signal),
  );
}

/** A cursor-paginated list through the typed client, accumulating pages on "Load more"; `path` null: none. */
export function useApiPages<P extends PagedPath>(path: P | null, params?: GetParams<P>): PagedList<ItemOf<P>> {
  return usePagedLoader<ItemOf<P>>(path === null ? null : keyOf(path, params), async (cursor, signal) => {
    const loose = params as { path?: object; query?: object } | undefined;
    const withCursor = cursor === null ? loose : { ...loose, query: { ...loose?.query, cursor } };
    return (await typedGet(path as P, withCursor as GetParams<P>, signal)) as unknown as Page<ItemOf<P>>;
  });
}
