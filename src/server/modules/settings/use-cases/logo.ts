import { mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newSecretToken } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { settingsPolicy } from '../policy.ts';
import { presentSettings } from '../presenters.ts';
import { getSettings, updateSettings } from '../repository.ts';

export const LOGO_MAX_BYTES = 512 * 1024;
export interface LogoKind {
  type: string;
  ext: string;
  test: (bytes: Buffer) => boolean;
}
const SIGNATURES: LogoKind[] = [
  {
    type: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/webp',
    ext: 'webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The raster type the bytes really are (PNG, JPEG, WebP), or 415: SVG and anything else is refused. */
export function sniffLogo(body: Buffer): LogoKind {
  const kind = SIGNATURES.find((signature) => signature.test(body));
  if (!kind)
    throw new AppError(415, 'unsupported_media_type', 'Unsupported image', 'Upload a PNG, JPEG or WebP image.');
  return kind;
}

const brandingDir = (ctx: AppContext) => join(ctx.config.dataDir, 'branding');

/** Stores a logo after sniffing its bytes (SVG is refused: it can carry script). The name is ours, never the user's. */
export async function uploadLogoUseCase(ctx: AppContext, actor: Actor, body: Buffer, ip: string) {
  if (!settingsPolicy.canUpdate(actor)) throw forbidden();
  const kind = sniffLogo(body);
  mkdirSync(brandingDir(ctx), { recursive: true });
  const fileName = `logo-${newSecretToken().slice(0, 16)}.${kind.ext}`;
  const temporary = join(brandingDir(ctx), `${fileName}.tmp`);
  writeFileSync(temporary, body);
  renameSync(temporary, join(brandingDir(ctx), fileName));
  const previous = await getSettings(ctx.db);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = (await updateSettings(tx, { logoFile: fileName }, null))!;
    await recordAudit(tx, {
      action: 'settings.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'portal_settings', id: 'portal' },
      ip,
      details: { fields: ['logo'] },
      occurredAt: ctx.clock.now(),
    });
    return updated;
  });
  if (previous.logo_file) rmSync(join(brandingDir(ctx), previous.logo_file), { force: true });
  return presentSettings(row, actor, ctx.config.baseUrl);
}

export async function readLogo(ctx: AppContext) {
  const settings = await getSettings(ctx.db);
  if (!settings.logo_file) throw notFound();
  const kind = SIGNATURES.find((signature) => settings.logo_file!.endsWith(`.${signature.ext}`))!;
  try {
    return { type: kind.type, bytes: readFileSync(join(brandingDir(ctx), settings.logo_file)) };
  } catch {
    throw notFound();
  }
}
