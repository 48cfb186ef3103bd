import { useCallback, useEffect, useRef, useState } from 'react';
import type { NameConflict, OnNameConflict } from '../../../contract/index.ts';
import { newIdempotencyKey } from '../../api/client.ts';
import { isAbort, nameConflictOf, uploadWithProgress, type UploadRequest } from './upload.ts';

/** `conflict`: the name is already used where the file was going; it waits for the uploader's choice. */
export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled' | 'conflict';

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  error: unknown;
  /** Set while `status` is `conflict`: the server's suggested free name and whether a new version is allowed. */
  conflict?: NameConflict;
}

/** How one file is sent: the path and query of its POST. */
export type UploadTarget = (file: File) => Pick<UploadRequest, 'path' | 'query'>;

interface Job {
  file: File;
  target: UploadTarget;
  controller: AbortController;
  key: string;
  /** The uploader's answer to a name conflict, sent with the retry. */
  onConflict?: OnNameConflict;
}

const PARALLEL = 2;

/**
 * A queue of uploads: at most two at a time, each with its own progress and cancel. `onUploaded` is called with the
 * server's reply for each finished file (e.g. to reload the folder).
 */
export function useUploadQueue<T>(onUploaded: (result: T, file: File) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const jobs = useRef(new Map<string, Job>());
  const running = useRef(new Set<string>());
  const order = useRef<string[]>([]);
  const callback = useRef(onUploaded);
  useEffect(() => {
    callback.current = onUploaded;
  }, [onUploaded]);

  const patch = useCallback((id: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);

  const pump = useCallback(() => {
    while (running.current.size < PARALLEL) {
      const id = order.current.shift();
      if (!id) return;
      const job = jobs.current.get(id);
      if (!job || job.controller.signal.aborted) continue;
      running.current.add(id);
      patch(id, { status: 'uploading' });
      const { path, query } = job.target(job.file);
      uploadWithProgress<T>({
        path,
        query: job.onConflict ? { ...query, onConflict: job.onConflict } : query,
        file: job.file,
        signal: job.controller.signal,
        idempotencyKey: job.key,
        onProgress: (loaded) => patch(id, { loaded }),
      })
        .then((result) => {
          jobs.current.delete(id);
          patch(id, { status: 'done', loaded: job.file.size, conflict: undefined });
          callback.current(result, job.file);
        })
        .catch((error: unknown) => {
          const conflict = nameConflictOf(error);
          // Nothing was stored: the job waits (kept) for the uploader to choose keep both or a new version.
          if (conflict && !job.onConflict) return patch(id, { status: 'conflict', conflict, loaded: 0 });
          jobs.current.delete(id);
          patch(id, isAbort(error) ? { status: 'cancelled' } : { status: 'failed', error });
        })
        .then(() => {
          running.current.delete(id);
          pump();
        });
    }
  }, [patch]);

  const add = useCallback(
    (files: Iterable<File>, target: UploadTarget) => {
      const added: UploadItem[] = [];
      for (const file of files) {
        const id = newIdempotencyKey();
        jobs.current.set(id, { file, target, controller: new AbortController(), key: newIdempotencyKey() });
        order.current.push(id);
        added.push({ id, name: file.name, size: file.size, loaded: 0, status: 'queued', error: undefined });
      }
      if (!added.length) return;
      setItems((list) => [...list, ...added]);
      pump();
    },
    [pump],
  );

  const cancel = useCallback(
    (id: string) => {
      const job = jobs.current.get(id);
      if (!job) return;
      job.controller.abort();
      if (!running.current.has(id)) {
        jobs.current.delete(id);
        patch(id, { status: 'cancelled' });
      }
    },
    [patch],
  );

  /** The uploader's answer to a name conflict: send again with that choice, or (null) drop the file. */
  const resolveConflict = useCallback(
    (id: string, choice: OnNameConflict | null) => {
      const job = jobs.current.get(id);
      if (!job) return;
      if (!choice) {
        jobs.current.delete(id);
        patch(id, { status: 'cancelled', conflict: undefined });
        return;
      }
      job.onConflict = choice;
      // Another request (its query differs), so another key.
      job.key = newIdempotencyKey();
      order.current.push(id);
      patch(id, { status: 'queued', conflict: undefined });
      pump();
    },
    [patch, pump],
  );

  const clearFinished = useCallback(() => {
    setItems((list) =>
      list.filter((item) => item.status === 'queued' || item.status === 'uploading' || item.status === 'conflict'),
    );
  }, []);

  useEffect(() => {
    const all = jobs.current;
    return () => {
      for (const job of all.values()) job.controller.abort();
    };
  }, []);

  return { items, add, cancel, resolveConflict, clearFinished };
}
