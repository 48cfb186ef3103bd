import type { AppContext } from '../../platform/context.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import {
  deleteApiTokensEndedBefore,
  deleteAuthTokensExpiredBefore,
  deleteInvitationsEndedBefore,
  deleteSessionsEndedBefore,
} from './repository-retention.ts';
import { sweepExpiredDataExports } from './use-cases/data-export.ts';
import { runDueDeletions } from './use-cases/erase-person.ts';

const DAY_MS = 24 * 3_600_000;

/**
 * One pass: credentials that ended (expired or revoked) more than ENDED_CREDENTIALS_RETENTION_DAYS ago are deleted.
 * The grace period keeps them for a while for "why was I signed out?" questions; the audit log keeps the events.
 */
export async function runCredentialRetention(ctx: AppContext) {
  const before = new Date(ctx.clock.now().getTime() - ctx.config.retention.endedCredentialsDays * DAY_MS);
  return {
    sessions: await deleteSessionsEndedBefore(ctx.db, before),
    authTokens: await deleteAuthTokensExpiredBefore(ctx.db, before),
    invitations: await deleteInvitationsEndedBefore(ctx.db, before),
    apiTokens: await deleteApiTokensEndedBefore(ctx.db, before),
    // Data exports are swept on their own expiry (7 days), not the credentials' grace period.
    dataExports: await sweepExpiredDataExports(ctx),
    // Deletion requests whose grace period ended: erased, or marked blocked with the reason until the next pass.
    deletions: await runDueDeletions(ctx),
  };
}

export function startCredentialRetention(ctx: AppContext): () => void {
  return startPeriodic(ctx, 'credential retention', ctx.config.retention.intervalSeconds * 1000, () =>
    runCredentialRetention(ctx),
  );
}
