import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value could not be opened: another platform secret, or a value moved or altered. */
export class SecretBoxError extends Error {
  constructor() {
    super('sealed value cannot be opened with this platform secret');
    this.name = 'SecretBoxError';
  }
}

/**
 * Seals short secrets (API keys of other services) for storage: AES-256-GCM under a key derived
 * (HKDF-SHA256) from the platform secret. `context` (e.g. the owning row's id) is bound as
 * additional data: a sealed value copied to another row does not open there.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(platformSecret: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', platformSecret, 'opendata-secret-box', 'stored credentials v1', 32),
    );
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string, context: string): string {
    const [version, data] = sealed.split(':', 2);
    if (version !== VERSION || !data) {
      throw new SecretBoxError();
    }
    const raw = Buffer.from(data, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) {
      throw new SecretBoxError();
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SecretBoxError();
    }
  }
}

/**
 * The platform secret: SECRET_KEY when set, otherwise `$DATA_DIR/secret.key`, made of 32 random
 * bytes on first start (mode 0600) and kept, so that `npm start` needs no setting and no secret
 * is embedded in the code. Every process sharing DATA_DIR reads the same file.
 */
export function platformSecret(configured: string | undefined, dataDir: string): string {
  if (configured) {
    return configured;
  }
  const file = path.join(dataDir, 'secret.key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
