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

/** GET a resource; `path` null skips loading. */
export function useResource<T>(path: string | null, query?: Query): Resource<T> {
  const url = path === null ? null : withQuery(path, query);
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(url !== null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (url === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api<T>(url, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setLoading(false);
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      });
    return () => controller.abort();
  }, [url, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
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

/** A cursor-paginated list (`{items, nextCursor}`), accumulating pages on "Load more". */
export function usePagedList<T>(path: string | null, query?: Query): PagedList<T> {
  const url = path === null ? null : withQuery(path, query);
  const [items, setItemsState] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(url !== null);
  const [tick, setTick] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (after: string | null, append: boolean) => {
      if (url === null) return;
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setLoading(true);
      setError(undefined);
      api<Page<T>>(withQuery(url, { cursor: after ?? undefined }), { signal: controller.signal })
        .then((page) => {
          setItemsState((previous) => (append ? [...previous, ...page.items] : page.items));
          setCursor(page.nextCursor);
          setLoading(false);
        })
        .catch((err: unknown) => {
          if (controller.signal.aborted) return;
          setError(err);
          setLoading(false);
        });
    },
    [url],
  );

  useEffect(() => {
    if (url === null) {
      setItemsState([]);
      setCursor(null);
      setLoading(false);
      return;
    }
    fetchPage(null, false);
    return () => controllerRef.current?.abort();
  }, [url, tick, fetchPage]);

  return {
    items,
    error,
    loading,
    hasMore: cursor !== null,
    loadMore: () => fetchPage(cursor, true),
    reload: () => setTick((n) => n + 1),
    setItems: (update) => setItemsState(update),
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
