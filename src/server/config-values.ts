// Values loadConfig derives from the environment beyond zod's checks: the embedded install's own secret, and the
// orders' tracking URL templates.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads or creates the secret kept beside the embedded database, so a fresh clone needs no setup. */
export function dataDirSecret(dataDir: string): string {
  const path = join(dataDir, 'secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

/** Carriers whose tracking pages take the number in the URL; a portal replaces them all with its own setting. */
const DEFAULT_TRACKING_URL_TEMPLATES: Record<string, string> = {
  dhl: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={trackingNumber}',
  ups: 'https://www.ups.com/track?tracknum={trackingNumber}',
  fedex: 'https://www.fedex.com/fedextrack/?trknbr={trackingNumber}',
  usps: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}',
  dpd: 'https://tracking.dpd.de/status/en_US/parcel/{trackingNumber}',
};

export function trackingUrlTemplates(value: string | undefined): Record<string, string> {
  if (!value?.trim()) return DEFAULT_TRACKING_URL_TEMPLATES;
  const templates: Record<string, string> = {};
  for (const pair of value.trim().split(/\s+/)) {
    const at = pair.indexOf('=');
    const carrier = pair.slice(0, at).toLowerCase();
    const template = pair.slice(at + 1);
    // Only https templates that place the number: anything else would send customers to a wrong or unsafe page.
    if (at < 1 || !template.startsWith('https://') || !template.includes('{trackingNumber}'))
      throw new Error(`ORDERS_TRACKING_URL_TEMPLATES: "${pair}" is not carrier=https://...{trackingNumber}...`);
    templates[carrier] = template;
  }
  return templates;
}
