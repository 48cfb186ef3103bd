import type { AppContext } from '../platform/context.ts';
import { verifyPassword } from '../platform/security/passwords.ts';
import { DEMO_PASSWORD, databaseIsEmpty, demoCredentials, seedDemo, type DemoCredentials } from './demo.ts';

export class DemoOnProductionError extends Error {
  override name = 'DemoOnProductionError';
}

/**
 * What start does about the demo, whose password is published in the README. It is loaded only when asked
 * (DEMO_SEED=on) or in development (DEMO_SEED=auto outside production) into an empty database; in production
 * Portico refuses to start while any demo account still has the published password, unless DEMO_SEED=on says
 * the install is a demo on purpose.
 */
export async function prepareDemoAtStart(ctx: AppContext): Promise<{ seeded: boolean; demo: DemoCredentials | null }> {
  const { demoSeed, env } = ctx.config;
  const wanted = demoSeed === 'on' || (demoSeed === 'auto' && env !== 'production');
  const seeded = wanted && (await databaseIsEmpty(ctx)) ? (await seedDemo(ctx), true) : false;
  // Outside an empty database, the banner still says so while demo sign-ins on the published password exist.
  const exposed = await demoAccountsOnPublishedPassword(ctx);
  if (env === 'production' && demoSeed !== 'on') {
    if (exposed.length > 0) {
      const listed = exposed.slice(0, 5).join(', ') + (exposed.length > 5 ? ` and ${exposed.length - 5} more` : '');
      throw new DemoOnProductionError(
        `Refusing to start in production: ${exposed.length} demo account(s) still use the published demo password ` +
          `(${listed}). Set new passwords (npx portico reset-password EMAIL) or start from an empty database; ` +
          'set DEMO_SEED=on only if this install is meant to be a public demo.',
      );
    }
  }
  return { seeded, demo: exposed.length > 0 ? demoCredentials() : null };
}

/**
 * Active users at the demo's reserved `.example` domains (RFC 2606: never a real mailbox) whose password is still
 * the published one. The demo hashes its password once for every user, so each distinct hash is checked once.
 */
export async function demoAccountsOnPublishedPassword(ctx: AppContext): Promise<string[]> {
  // Portal-wide on purpose: this is the operator's start-up check over every account.
  const { rows } = await ctx.db.query<{ password_hash: string; emails: string[] }>(
    `SELECT password_hash, array_agg(email ORDER BY email) AS emails FROM users
     WHERE email LIKE '%.example' AND password_hash IS NOT NULL AND deactivated_at IS NULL GROUP BY password_hash`,
  );
  const exposed: string[] = [];
  for (const row of rows) if (await verifyPassword(row.password_hash, DEMO_PASSWORD)) exposed.push(...row.emails);
  return exposed;
}
