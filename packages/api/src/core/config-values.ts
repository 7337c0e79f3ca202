import { z } from 'zod';

/** Parsers of single environment values, shared by the config schema. */
export const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/**
 * One rule of OIDC_ROLE_MAPPING. With `equals`: when the claim (a string or a list) contains
 * that value, grant `siren` + `role` (+ `hr`) and/or `platformAdmin`. Without `equals`: every
 * value of the claim names an organisation, as `SIREN`, `SIRET` (its first 9 digits),
 * `SIREN:ROLE` or `SIREN:ROLE:hr`, granted `role` (default VIEWER) unless the value says.
 * `claim` is a dot path into the ID token + userinfo claims (e.g. `groups`, `siret`, `org.siren`).
 */
export interface OidcRoleRule {
  claim: string;
  equals?: string;
  siren?: string;
  role?: 'VIEWER' | 'EDITOR' | 'ADMIN';
  hr?: boolean;
  platformAdmin?: boolean;
}

const oidcRuleSchema = z
  .object({
    claim: z.string().min(1),
    equals: z.string().min(1).optional(),
    siren: z
      .string()
      .regex(/^\d{9}$/, 'siren must be 9 digits')
      .optional(),
    role: z.enum(['VIEWER', 'EDITOR', 'ADMIN']).optional(),
    hr: z.boolean().optional(),
    platformAdmin: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.equals !== undefined || (r.siren === undefined && !r.platformAdmin), {
    message: 'siren and platformAdmin need equals',
  })
  .refine((r) => r.equals === undefined || r.siren !== undefined || r.platformAdmin, {
    message: 'a rule with equals grants a siren or platformAdmin',
  });

export const roleMapping = optionalString.transform((v, ctx) => {
  if (v === undefined) {
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON array of rules' });
    return z.NEVER;
  }
  const parsed = z.array(oidcRuleSchema).safeParse(json);
  if (!parsed.success) {
    ctx.addIssue({
      code: 'custom',
      message: parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; '),
    });
    return z.NEVER;
  }
  return parsed.data;
});

export const trustProxy = optionalString.transform((v): boolean | number | string => {
  if (v === undefined || v === 'false') {
    return false;
  }
  if (v === 'true') {
    return true;
  }
  return /^\d+$/.test(v) ? Number(v) : v;
});

export const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : v === 'true' || v === '1'));

/** `address` or `Name <address>` (what nodemailer takes as a sender). */
export const MAILBOX = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

/** The host name of the public URL (the default sender's domain). */
export function hostOf(publicUrl: string | undefined): string {
  return publicUrl ? new URL(publicUrl).hostname.replace(/^\[|\]$/g, '') : 'localhost';
}
