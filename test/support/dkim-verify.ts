import { createPublicKey, createHash, createVerify } from 'node:crypto';

/**
 * Verifies the DKIM-Signature of a raw message (RFC 6376) with node:crypto against a public key (base64 SPKI DER,
 * as published in the p= tag): relaxed or simple canonicalization, rsa-sha256. Returns the signature's tags.
 * Written for tests: one signature, no l= tag, no DNS.
 */
export function verifyDkim(raw: Buffer, publicKeyDer: string) {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no header/body separator');
  const headerBlock = text.slice(0, split + 2);
  const body = text.slice(split + 4);
  // Header fields with their folded continuation lines.
  const fields = headerBlock.split(/\r\n(?![ \t])/).filter(Boolean);
  const signatureField = fields.find((field) => /^dkim-signature\s*:/i.test(field));
  if (!signatureField) throw new Error('no DKIM-Signature header');
  const tagText = signatureField.slice(signatureField.indexOf(':') + 1).replace(/\r\n/g, '');
  const tags = Object.fromEntries(
    tagText
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.slice(0, part.indexOf('=')).trim(), part.slice(part.indexOf('=') + 1).replace(/\s+/g, '')]),
  ) as Record<string, string>;
  if (tags.a !== 'rsa-sha256') throw new Error(`unexpected algorithm ${tags.a}`);
  const [headerCanon, bodyCanon = 'simple'] = (tags.c ?? 'simple/simple').split('/');

  const canonBody =
    bodyCanon === 'relaxed'
      ? body
          .split('\r\n')
          .map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''))
          .join('\r\n')
          .replace(/(\r\n)*$/, '')
          .replace(/^(.+)$/s, '$1\r\n')
      : body.replace(/(\r\n)*$/, '') + '\r\n';
  const bodyHash = createHash('sha256').update(canonBody, 'latin1').digest('base64');
  if (bodyHash !== tags.bh) throw new Error('body hash does not match');

  const canonHeader = (field: string) => {
    if (headerCanon !== 'relaxed') return field;
    const colon = field.indexOf(':');
    const name = field.slice(0, colon).trim().toLowerCase();
    const value = field
      .slice(colon + 1)
      .replace(/\r\n/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim();
    return `${name}:${value}`;
  };
  // Each listed name takes the last unused field of that name (bottom up).
  const used = new Set<number>();
  const signed: string[] = [];
  for (const name of (tags.h ?? '').split(':').map((item) => item.trim().toLowerCase())) {
    for (let index = fields.length - 1; index >= 0; index -= 1) {
      const field = fields[index]!;
      if (used.has(index) || field.slice(0, field.indexOf(':')).trim().toLowerCase() !== name) continue;
      used.add(index);
      signed.push(`${canonHeader(field)}\r\n`);
      break;
    }
  }
  const unsignedSignature = canonHeader(signatureField).replace(/(\bb=)[^;]*/, (_match, prefix: string) => prefix);
  const verifier = createVerify('RSA-SHA256');
  verifier.update(signed.join('') + unsignedSignature, 'latin1');
  const key = createPublicKey({ key: Buffer.from(publicKeyDer, 'base64'), format: 'der', type: 'spki' });
  if (!verifier.verify(key, Buffer.from(tags.b ?? '', 'base64'))) throw new Error('signature does not verify');
  return tags;
}
