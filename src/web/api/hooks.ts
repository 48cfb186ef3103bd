import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, newIdempotencyKey, withQuery, type Query } from './client.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T | undefined | ((previous: T | undefined) => T | undefined)) => void;
}

/** GET a resource; `path` null skips loading. Data from the previous URL stays visible while reloading. */
export function useResource<T>(path: string | null, query?: Query): Resource<T> {
  const url = path === null ? null : withQuery(path, query);
  return useLoaded<T>(url, (signal) => api<T>(url ?? '', { signal }));
}

/**
 * The state of one loaded resource, whatever sends the request (`api()` or the typed client): `key` names what is
 * loaded (null: nothing), `load` fetches it. A new key or a reload fetches again; an answer for an older key is
 * dropped, and the previous data stays visible while the next loads.
 */
export function useLoaded<T>(loadKey: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [tick, setTick] = useState(0);
  const key = loadKey === null ? null : `${tick} ${loadKey}`;
  const loadRef = useRef(load);
  loadRef.current = load;
  const [result, setResult] = useState<{ key: string | null; data: T | undefined; error: unknown }>({
    key: null,
    data: undefined,
    error: undefined,
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef
      .current(controller.signal)
      .then((data) => setResult({ key, data, error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult((previous) => ({ key, data: previous.data, error }));
      });
    return () => controller.abort();
  }, [key]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback<Resource<T>['setData']>(
    (update) =>
      setResult((previous) => ({
        ...previous,
        data: typeof update === 'function' ? (update as (p: T | undefined) => T | undefined)(previous.data) : update,
      })),
    [],
  );
  return {
    data: loadKey === null ? undefined : result.data,
    error: result.key === key ? result.error : undefined,
    loading: key !== null && result.key !== key,
    reload,
    setData,
  };
}

export interface PagedList<T> {
  items: T[];
  error: unknown;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

/** A short unpaged list (`{ items }`, e.g. templates) shown through the same table as paged lists. */
export function unpagedList<T>(resource: Resource<{ items: T[] }>): PagedList<T> {
  return {
    items: resource.data?.items ?? [],
    error: undefined,
    loading: resource.loading,
    hasMore: false,
    loadMore: () => {},
    reload: resource.reload,
    setItems: () => {},
  };
}

interface PagedState<T> {
  key: string | null;
  url: string | null;
  items: T[];
  cursor: string | null;
  error: unknown;
  loadingMore: boolean;
}

/** A cursor-paginated list (`{items, nextCursor}`), accumulating pages on "Load more". */
export function usePagedList<T>(path: string | null, query?: Query): PagedList<T> {
  const url = path === null ? null : withQuery(path, query);
  return usePagedLoader<T>(url, (cursor, signal) =>
    api<Page<T>>(cursor === null ? (url ?? '') : withQuery(url ?? '', { cursor }), { signal }),
  );
}

/**
 * The state of a cursor-paginated list, whatever sends the request (`api()` or the typed client): `listKey` names
 * the list (null: none), `loadPage` fetches the page after `cursor` (null: the first).
 */
export function usePagedLoader<T>(
  listKey: string | null,
  loadPage: (cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>,
): PagedList<T> {
  const url = listKey;
  const [tick, setTick] = useState(0);
  const key = url === null ? null : `${tick} ${url}`;
  const keyRef = useRef(key);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const [state, setState] = useState<PagedState<T>>({
    key: null,
    url: null,
    items: [],
    cursor: null,
    error: undefined,
    loadingMore: false,
  });

  useEffect(() => {
    keyRef.current = key;
    if (url === null) return;
    const controller = new AbortController();
    loadRef
      .current(null, controller.signal)
      .then((page) =>
        setState({ key, url, items: page.items, cursor: page.nextCursor, error: undefined, loadingMore: false }),
      )
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, url, items: [], cursor: null, error, loadingMore: false });
      });
    return () => controller.abort();
  }, [url, key]);

  const loadMore = () => {
    if (url === null || state.key !== key || !state.cursor || state.loadingMore) return;
    const requestKey = key;
    setState((previous) => ({ ...previous, loadingMore: true, error: undefined }));
    loadRef
      .current(state.cursor)
      .then((page) => {
        if (keyRef.current !== requestKey) return;
        setState((previous) => ({
          ...previous,
          items: [...previous.items, ...page.items],
          cursor: page.nextCursor,
          loadingMore: false,
        }));
      })
      .catch((error: unknown) => {
        if (keyRef.current !== requestKey) return;
        setState((previous) => ({ ...previous, error, loadingMore: false }));
      });
  };

  const current = state.key === key;
  return {
    // While reloading the same list, keep showing the old items instead of flashing an empty state.
    items: url !== null && state.url === url ? state.items : [],
    error: current ? state.error : undefined,
    loading: key !== null && (!current || state.loadingMore),
    hasMore: current && state.cursor !== null,
    loadMore,
    reload: () => setTick((n) => n + 1),
    setItems: (update) => setState((previous) => ({ ...previous, items: update(previous.items) })),
  };
}

export interface Submission {
  pending: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  /** Run an async action, tracking pending state and capturing its error. Resolves true on success. */
  run: (action: (idempotencyKey: string) => Promise<unknown>) => Promise<boolean>;
}

/**
 * Form submission state. One Idempotency-Key per logical submission: a retry after a network failure
 * reuses it; any answer from the server renews it.
 */
export function useSubmit(): Submission {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const keyRef = useRef<string>(newIdempotencyKey());
  const pendingRef = useRef(false);

  const run = useCallback(async (action: (idempotencyKey: string) => Promise<unknown>) => {
    if (pendingRef.current) return false;
    pendingRef.current = true;
    setPending(true);
    setError(undefined);
    try {
      await action(keyRef.current);
      keyRef.current = newIdempotencyKey();
      return true;
    } catch (err) {
      // Only a request that may not have reached the server is retried with the same key.
      if (!(err instanceof ApiError && err.status === 0)) keyRef.current = newIdempotencyKey();
      setError(err);
      return false;
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  }, []);

  return { pending, error, setError, run };
}
