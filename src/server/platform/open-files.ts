import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';

/**
 * Every live event stream holds one socket, i.e. one open file. Node raises the soft open-files limit to the hard
 * one as it starts (src/node.cc, PlatformInit), so the soft limit needs nothing from us; the hard limit can only be
 * raised from outside (systemd LimitNOFILE, docker --ulimit nofile, limits.conf: see docs/OPERATIONS.md). This
 * reads what the process got (Linux) and says so at start, warning when it caps the streams one process can hold.
 */
export function openFilesLimit(): { soft: number; hard: number } | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    const [soft, hard] = (line?.match(/(\d+|unlimited)\s+(\d+|unlimited)/)?.slice(1) ?? []).map((value) =>
      value === 'unlimited' ? Number.POSITIVE_INFINITY : Number(value),
    );
    return soft !== undefined && hard !== undefined ? { soft, hard } : null;
  } catch {
    return null; // not Linux: nothing to read, nothing to say
  }
}

/** Below this many open files a busy process runs out of sockets for live streams (10,000 plus headroom). */
export const OPEN_FILES_WANTED = 65_536;

export function reportOpenFilesLimit(logger: Logger) {
  const limit = openFilesLimit();
  if (!limit) return;
  if (limit.soft < OPEN_FILES_WANTED)
    logger.warn(
      { openFiles: limit, wanted: OPEN_FILES_WANTED },
      'the open-files limit caps live connections; raise the hard limit (docs/OPERATIONS.md, "Live connections")',
    );
  else logger.info({ openFiles: limit }, 'open-files limit');
}
