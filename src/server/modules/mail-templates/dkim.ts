import { generateKeyPairSync } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import type { DnsRecord } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { DkimSigning } from '../../platform/mail/index.ts';
import { findDkimKey, insertDkimKey } from './repository.ts';

/** The address inside a From header ("Name <a@b>" or "a@b"). */
export const addressOf = (from: string) => (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
export const domainOfAddress = (address: string) => address.split('@')[1]?.toLowerCase() ?? null;

/** One selector per key, dated: a new key later gets a new selector, so the old record can stay during a change. */
const selectorFor = (now: Date) => `portico${now.toISOString().slice(0, 7).replace('-', '')}`;

/**
 * The DKIM key of a sending domain, made on first use: RSA 2048 (what every receiver verifies; ed25519 is not
 * yet universally supported). The private key is stored sealed with the secret box and opened only to sign.
 */
export async function ensureDkimKey(ctx: AppContext, db: Queryable, domain: string) {
  const existing = await findDkimKey(db, domain);
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await insertDkimKey(db, {
    domain,
    selector: selectorFor(ctx.clock.now()),
    private_key_sealed: ctx.secretBox.seal(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    public_key_der: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  });
  return (await findDkimKey(db, domain))!;
}

export async function dkimSigningFor(ctx: AppContext, domain: string): Promise<DkimSigning | null> {
  const key = await findDkimKey(ctx.db, domain);
  if (!key) return null;
  return { domainName: domain, keySelector: key.selector, privateKey: ctx.secretBox.open(key.private_key_sealed) };
}

type Expected = Omit<DnsRecord, 'status' | 'found'>;

/**
 * The records to publish for a sending domain. DKIM is exact (our key); SPF and DMARC are guidance: SPF names the
 * SMTP relay's host when SMTP_URL has one (the operator may need their provider's `include:` instead), and DMARC
 * starts at `p=none` with reports, to be tightened once reports show every sender aligned.
 */
export function dnsRecordsFor(
  domain: string,
  key: { selector: string; public_key_der: string },
  smtpUrl: string | null,
) {
  const relay = smtpUrl ? new URL(smtpUrl).hostname : null;
  const records: Expected[] = [
    {
      kind: 'dkim',
      type: 'TXT',
      name: `${key.selector}._domainkey.${domain}`,
      value: `v=DKIM1; k=rsa; p=${key.public_key_der}`,
    },
    { kind: 'spf', type: 'TXT', name: domain, value: `v=spf1 ${relay ? `a:${relay} ` : ''}mx ~all` },
    { kind: 'dmarc', type: 'TXT', name: `_dmarc.${domain}`, value: `v=DMARC1; p=none; rua=mailto:dmarc@${domain}` },
  ];
  return records;
}

/** Codes of a resolver that got an answer (the name or its TXT is absent); anything else means no DNS answered. */
const ANSWERED = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);
const normalize = (value: string) => value.replace(/\s+/g, '').toLowerCase();

function statusOf(record: Expected, found: string[]): DnsRecord['status'] {
  if (found.length === 0) return 'missing';
  if (record.kind === 'dkim') {
    // Receivers read the p= tag: the key must be ours, whatever else the record carries.
    const key = /p=([^;]+)/.exec(record.value)?.[1] ?? '';
    return found.some((value) => normalize(value).includes(`p=${normalize(key)}`)) ? 'ok' : 'mismatch';
  }
  // SPF and DMARC are guidance: any record of the kind counts, the operator may have good reasons for theirs.
  const prefix = record.kind === 'spf' ? 'v=spf1' : 'v=dmarc1';
  return found.some((value) => normalize(value).startsWith(prefix)) ? 'ok' : 'missing';
}

/**
 * Looks the records up. `servers` (MAIL_DNS_SERVERS) overrides the system's resolvers; one try, two seconds: a
 * machine without DNS says so quickly ("unreachable") instead of hanging the console.
 */
export async function checkDnsRecords(records: Expected[], servers: string[] | null) {
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  if (servers?.length) resolver.setServers(servers);
  let reachable = true;
  const checked: DnsRecord[] = [];
  for (const record of records) {
    try {
      const found = (await resolver.resolveTxt(record.name)).map((chunks) => chunks.join(''));
      checked.push({ ...record, found, status: statusOf(record, found) });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (ANSWERED.has(code)) checked.push({ ...record, found: [], status: 'missing' });
      else {
        reachable = false;
        checked.push({ ...record, found: [], status: 'unreachable' });
      }
    }
  }
  return { records: checked, reachable };
}
