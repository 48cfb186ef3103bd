import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Authorizer } from '../../platform/realtime/index.ts';
import { loadSession, toActor } from './authenticate.ts';
import type { SessionActorRow } from './repository.ts';
import { changedSince, keysOfSession, sessionCacheGeneration, watchSessionScopes } from './session-cache.ts';

/**
 * The access of one event stream, followed for as long as it is open: it watches only the scopes its own session
 * depends on (the session, its person, their accounts and segments), so nobody else's change makes it re-read
 * anything, and it knows its own timeouts, so keep-alives need no database.
 */
class SessionStreamAccess implements Authorizer {
  private keys: string[];
  // Two numbers rather than the row: thousands of idle streams each keep only what their timeouts need.
  private expiresAt: number;
  private lastSeenAt: number;
  private onChange: (() => void) | null = null;
  private unwatch: () => void = () => undefined;

  constructor(
    private readonly ctx: AppContext,
    private readonly token: string,
    row: SessionActorRow,
    private readAt: number,
  ) {
    this.keys = keysOfSession(row);
    this.expiresAt = row.expires_at.getTime();
    this.lastSeenAt = row.last_seen_at.getTime();
  }

  watch(onChange: () => void) {
    this.onChange = onChange;
    this.follow();
    return () => {
      this.onChange = null;
      this.unwatch();
    };
  }

  timedOut() {
    const now = this.ctx.clock.now().getTime();
    const idleMs = this.ctx.config.session.idleMinutes * 60_000;
    return now >= this.expiresAt || now >= this.lastSeenAt + idleMs;
  }

  async reload(): Promise<Actor | null> {
    const readAt = sessionCacheGeneration();
    const row = await loadSession(this.ctx, this.token, { touch: false });
    if (!row || row.state !== 'active') return null;
    this.expiresAt = row.expires_at.getTime();
    this.lastSeenAt = row.last_seen_at.getTime();
    this.readAt = readAt;
    const keys = keysOfSession(row);
    if (keys.join() !== this.keys.join()) {
      this.keys = keys;
      if (this.onChange) this.follow();
    } else if (this.onChange && changedSince(this.keys, readAt)) queueMicrotask(() => this.onChange?.());
    return toActor(row);
  }

  /** Watches the current keys; a change that landed between reading the session and now is reported at once. */
  private follow() {
    this.unwatch();
    const onChange = this.onChange!;
    this.unwatch = watchSessionScopes(this.keys, () => onChange());
    if (changedSince(this.keys, this.readAt)) queueMicrotask(() => this.onChange?.());
  }
}

/** The actor and access of an event stream opened with this session token, or null if it may not listen. */
export async function openStreamAccess(
  ctx: AppContext,
  token: string,
): Promise<{ actor: Actor; access: Authorizer } | null> {
  const readAt = sessionCacheGeneration();
  const row = await loadSession(ctx, token, { touch: false });
  if (!row || row.state !== 'active') return null;
  return { actor: toActor(row), access: new SessionStreamAccess(ctx, token, row, readAt) };
}
