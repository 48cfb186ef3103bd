import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/*
 * A software authenticator (a platform passkey provider) that answers WebAuthn ceremonies with real responses:
 * "none" attestation with a CBOR attestation object, COSE ES256 public keys, authenticator data with the RP ID hash,
 * flags and a signature counter, and ECDSA P-256 signatures over authenticatorData || SHA-256(clientDataJSON).
 * @simplewebauthn ships no test authenticator, so this follows the WebAuthn Level 3 spec byte for byte; the server
 * checks every response with @simplewebauthn/server as it would a browser's.
 */

// ---- minimal CBOR encoder (RFC 8949): unsigned/negative ints, byte and text strings, maps ----
function head(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) return Buffer.from([(major << 5) | 25, value >> 8, value & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(value, 1);
  return out;
}
type Cbor = number | string | Buffer | Map<Cbor, Cbor>;
export function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [key, item] of value) parts.push(cbor(key), cbor(item));
  return Buffer.concat(parts);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64url = (data: Buffer) => data.toString('base64url');

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;

export interface SoftPasskey {
  credentialId: Buffer;
  privateKey: KeyObject;
  publicKey: KeyObject;
  rpId: string;
  userHandle: string;
  counter: number;
}

type Options = Record<string, unknown> & { challenge: string };

export class SoftAuthenticator {
  readonly passkeys: SoftPasskey[] = [];

  /** `origin`: the page the ceremony runs on (the portal's BASE_URL). */
  constructor(
    private readonly origin: string,
    private readonly options: { userVerified?: boolean; counterStep?: number } = {},
  ) {}

  private authData(rpId: string, flags: number, counter: number, attested?: Buffer) {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), count, attested ?? Buffer.alloc(0)]);
  }

  private flags() {
    return FLAG_UP | (this.options.userVerified === false ? 0 : FLAG_UV) | FLAG_BE | FLAG_BS;
  }

  /** `navigator.credentials.create`: a new discoverable ES256 credential; the response JSON the browser lib sends. */
  create(options: Options) {
    const rp = options.rp as { id: string };
    const user = options.user as { id: string };
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
    const cose = cbor(
      new Map<Cbor, Cbor>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x, 'base64url')],
        [-3, Buffer.from(jwk.y, 'base64url')],
      ]),
    );
    const credentialId = randomBytes(16);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, credentialId, cose]); // AAGUID zero: "none"
    const passkey: SoftPasskey = { credentialId, privateKey, publicKey, rpId: rp.id, userHandle: user.id, counter: 0 };
    const authData = this.authData(rp.id, this.flags() | FLAG_AT, 0, attested);
    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: 'webauthn.create',
        challenge: options.challenge,
        origin: this.origin,
        crossOrigin: false,
      }),
    );
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    this.passkeys.push(passkey);
    return {
      passkey,
      response: {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key' as const,
        response: {
          clientDataJSON: b64url(clientDataJSON),
          attestationObject: b64url(attestationObject),
          transports: ['internal', 'hybrid'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform' as const,
      },
    };
  }

  /**
   * `navigator.credentials.get`: signs the challenge with `passkey` (default: the first one the options allow, or
   * the newest). The counter moves forward by `counterStep` (default 1) unless `counter` is given.
   */
  get(options: Options, choose: { passkey?: SoftPasskey; counter?: number } = {}) {
    const allowed = (options.allowCredentials as { id: string }[] | undefined)?.map((c) => c.id) ?? [];
    const passkey =
      choose.passkey ??
      (allowed.length
        ? this.passkeys.find((candidate) => allowed.includes(b64url(candidate.credentialId)))
        : this.passkeys.at(-1));
    if (!passkey) throw new Error('no passkey for these options');
    passkey.counter = choose.counter ?? passkey.counter + (this.options.counterStep ?? 1);
    const authenticatorData = this.authData(String(options.rpId ?? passkey.rpId), this.flags(), passkey.counter);
    const clientDataJSON = Buffer.from(
      JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: this.origin, crossOrigin: false }),
    );
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), passkey.privateKey);
    return {
      id: b64url(passkey.credentialId),
      rawId: b64url(passkey.credentialId),
      type: 'public-key' as const,
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: passkey.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
    };
  }
}
