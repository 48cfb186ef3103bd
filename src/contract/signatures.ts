import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { Money } from './money.ts';

export const EnvelopeStatus = z.enum(['sent', 'completed', 'declined', 'voided', 'expired']);
export type EnvelopeStatus = z.infer<typeof EnvelopeStatus>;
export const EnvelopeMode = z.enum(['sequential', 'parallel']);
export type EnvelopeMode = z.infer<typeof EnvelopeMode>;
export const SignerStatus = z.enum(['waiting', 'signed', 'declined']);
export const SignatureFieldKind = z.enum(['signature', 'initials', 'date', 'text', 'checkbox']);
export type SignatureFieldKind = z.infer<typeof SignatureFieldKind>;
export const SignerSide = z.enum(['client', 'firm']);

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lowercase hex.');
const Fraction = z.number().min(0).max(1);
/** Plain text the PDF prints: no markup, no control characters. */
const PlainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !/[<>]/.test(value), 'Plain text only (no < or >).')
    // eslint-disable-next-line no-control-regex -- refusing or stripping control characters is the point
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value), 'No control characters.');

/** A field on a page, in fractions of the page from its top left corner; for one signer (by index in `signers`). */
export const NewSignatureField = z
  .object({
    signer: z.number().int().min(0).max(19),
    kind: SignatureFieldKind,
    page: z.number().int().min(1).max(2000),
    x: Fraction,
    y: Fraction,
    width: z.number().gt(0).max(1),
    height: z.number().gt(0).max(1),
    label: PlainText(80).default(''),
    required: z.boolean().default(true),
  })
  .strict();
export type NewSignatureField = z.infer<typeof NewSignatureField>;

export const EnvelopeSource = z.discriminatedUnion('kind', [
  /** The current version of a PDF in the account's documents (uploaded there first, or already there). */
  z.object({ kind: z.literal('document'), documentId: Id }).strict(),
  /** The built-in engagement letter, with merge fields ({{client}}, {{fees}}, {{date}}, {{firm}} in the body). */
  z
    .object({
      kind: z.literal('template'),
      fees: Money.refine((money) => money.amount >= 0, 'Fees are not negative.'),
      date: z.iso.date(),
      body: PlainText(10_000).optional(),
    })
    .strict(),
]);
export type EnvelopeSource = z.infer<typeof EnvelopeSource>;

export const CreateEnvelope = z
  .object({
    title: PlainText(200).pipe(z.string().min(1)),
    message: PlainText(5_000).default(''),
    source: EnvelopeSource,
    /** The account's people and staff (countersignature), each once; in signing order when sequential. */
    signerIds: z.array(Id).min(1).max(20),
    mode: EnvelopeMode.default('sequential'),
    /** None given: a signature and a date field for each signer on the last page (stacked). */
    fields: z.array(NewSignatureField).max(200).optional(),
    expiresAt: z.iso.datetime().nullable().default(null),
  })
  .strict();
export type CreateEnvelope = z.infer<typeof CreateEnvelope>;

/** The PDF an envelope would carry, before it is sent: the console renders it to place the fields. */
export const PreviewEnvelope = z
  .object({ title: PlainText(200).pipe(z.string().min(1)), source: EnvelopeSource })
  .strict();
export type PreviewEnvelope = z.infer<typeof PreviewEnvelope>;

export const EnvelopeField = z.object({
  id: Id,
  signerId: Id,
  kind: SignatureFieldKind,
  page: z.number().int(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  label: z.string(),
  required: z.boolean(),
  value: z.string().nullable(),
});

export const EnvelopeSigner = z.object({
  id: Id,
  userId: Id,
  name: z.string(),
  email: z.string(),
  side: SignerSide,
  position: z.number().int(),
  status: SignerStatus,
  /** Whether it is this signer's turn now (sequential: the first who has not signed). */
  awaiting: z.boolean(),
  signedAt: Timestamp.nullable(),
  declineReason: z.string().nullable(),
});

export const EnvelopeEvent = z.object({
  kind: z.string(),
  signerId: Id.nullable(),
  actorName: z.string().nullable(),
  occurredAt: Timestamp,
  /** Staff only (null for the account's people): where the event came from. */
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  detail: z.string().nullable(),
});

export const Envelope = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  title: z.string(),
  message: z.string(),
  source: z.enum(['document', 'template']),
  mode: EnvelopeMode,
  status: EnvelopeStatus,
  /** The SHA-256 of the PDF the signers see; a signature names it (409 content_changed otherwise). */
  contentSha256: z.string(),
  pageCount: z.number().int(),
  completedSha256: z.string().nullable(),
  completedDocumentId: Id.nullable(),
  expiresAt: Timestamp.nullable(),
  voidReason: z.string().nullable(),
  signers: z.array(EnvelopeSigner),
  fields: z.array(EnvelopeField),
  events: z.array(EnvelopeEvent),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
  version: z.number().int(),
  abilities: Abilities('sign', 'decline', 'void', 'remind', 'download'),
});
export type Envelope = z.infer<typeof Envelope>;

export const SignEnvelope = z
  .object({
    /** The SHA-256 of the PDF the signer viewed: must be the envelope's (409 content_changed otherwise). */
    contentSha256: Sha256,
    /** Explicit consent to sign electronically: must be true. */
    consent: z.literal(true),
    signature: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('typed'), name: PlainText(120).pipe(z.string().min(1)) }).strict(),
      z
        .object({
          kind: z.literal('drawn'),
          // A canvas drawing as a PNG data URL; 256 KB is far more than a signature needs.
          image: z
            .string()
            .max(350_000)
            .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'A PNG data URL.'),
        })
        .strict(),
    ]),
    /**
     * Values of the signer's own fields, by field id: text, checkbox ("true"/"false"; a required one must be
     * ticked) and initials (when left out, the initials of the signer's name). Dates are the signing day.
     */
    values: z.record(Id, PlainText(500)).default({}),
  })
  .strict();
export type SignEnvelope = z.infer<typeof SignEnvelope>;

export const DeclineEnvelope = z.object({ reason: PlainText(1_000).pipe(z.string().min(1)) }).strict();
export const VoidEnvelope = z.object({ reason: PlainText(1_000).pipe(z.string().min(1)) }).strict();

export const EnvelopeListQuery = ListQuery.extend({
  status: EnvelopeStatus.optional(),
  /** `me`: envelopes waiting on the caller's signature now. */
  waitingOn: z.enum(['me']).optional(),
});
export type EnvelopeListQuery = z.infer<typeof EnvelopeListQuery>;

/** Whether a completed PDF's seal is intact (the portal's own check, like a PDF reader's). */
export const SealVerification = z.object({
  valid: z.boolean(),
  reason: z.enum(['ok', 'no_signature', 'digest_mismatch', 'bad_signature', 'not_whole_file']),
  signer: z.string().nullable(),
  sha256: z.string(),
  matchesRecord: z.boolean(),
});

/**
 * The portal's sealing certificate (portal-wide, staff only): made by the portal at first start (self-signed), or
 * the firm's own uploaded as a PKCS#12. Envelopes sealed before a change keep the old certificate in their PDF.
 */
export const SigningCertificate = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: Timestamp,
  notAfter: Timestamp,
  /** SHA-256 of the certificate (colon-separated hex), as PDF readers show it. */
  sha256Fingerprint: z.string(),
  /** Self-signed: readers show "validity unknown" (not on their trust list) but still detect any change. */
  selfSigned: z.boolean(),
  origin: z.enum(['generated', 'uploaded']),
  createdAt: Timestamp,
  replacedAt: Timestamp.nullable(),
  /**
   * `expiring`: 30 days or fewer left (owners and admins are mailed at 30 and at 7 days); `expired`: past notAfter,
   * so sending envelopes is refused (409 `signing_certificate_expired`) until it is replaced or regenerated.
   */
  expiry: z.enum(['valid', 'expiring', 'expired']),
  /** Whole days until notAfter, rounded up (0 or less once expired). */
  daysLeft: z.number().int(),
  abilities: Abilities('replace', 'regenerate'),
});
export type SigningCertificate = z.infer<typeof SigningCertificate>;

/** A PKCS#12 is a few KiB; 64 KiB leaves room for a long chain. Base64 of that is ~87,400 characters. */
export const MAX_P12_BYTES = 64 * 1024;

/** The firm's own certificate: a PKCS#12 (.p12/.pfx) in base64 with its passphrase (needs a recent proof). */
export const ReplaceSigningCertificate = z
  .object({
    p12: z
      .string()
      .min(1)
      .max(Math.ceil(MAX_P12_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Base64 expected'),
    passphrase: z.string().max(1024),
  })
  .strict();
export type ReplaceSigningCertificate = z.infer<typeof ReplaceSigningCertificate>;
