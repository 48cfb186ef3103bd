import { useCallback, useEffect, useRef, useState } from 'react';
import { newIdempotencyKey } from '../../api/client.ts';
import { isAbort, uploadWithProgress, type UploadRequest } from './upload.ts';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  error: unknown;
}

/** How one file is sent: the path and query of its POST. */
export type UploadTarget = (file: File) => Pick<UploadRequest, 'path' | 'query'>;

interface Job {
  file: File;
  target: UploadTarget;
  controller: AbortController;
  key: string;
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
        query,
        file: job.file,
        signal: job.controller.signal,
        idempotencyKey: job.key,
        onProgress: (loaded) => patch(id, { loaded }),
      })
        .then((result) => {
          patch(id, { status: 'done', loaded: job.file.size });
          callback.current(result, job.file);
        })
        .catch((error: unknown) => patch(id, isAbort(error) ? { status: 'cancelled' } : { status: 'failed', error }))
        .finally(() => {
          running.current.delete(id);
          jobs.current.delete(id);
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

  const clearFinished = useCallback(() => {
    setItems((list) => list.filter((item) => item.status === 'queued' || item.status === 'uploading'));
  }, []);

  useEffect(() => {
    const all = jobs.current;
    return () => {
      for (const job of all.values()) job.controller.abort();
    };
  }, []);

  return { items, add, cancel, clearFinished };
}
