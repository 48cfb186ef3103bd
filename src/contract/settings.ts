import { z } from 'zod';
import { Abilities, EmailAddress } from './common.ts';
import { DefaultLanguage } from './languages.ts';

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #2457c5');

/** Public branding: shown on sign-in pages and in emails, readable without signing in. */
export const Branding = z.object({
  name: z.string(),
  primaryColor: HexColor,
  logoUrl: z.string().nullable(),
  // Segments may override these (contract/branding.ts); the firm's own values otherwise.
  accentColor: HexColor,
  faviconUrl: z.string().nullable(),
  supportEmail: z.string().nullable(),
  termsUrl: z.string().nullable(),
  privacyUrl: z.string().nullable(),
  helpTitle: z.string(),
  helpHeaderColor: HexColor,
  /**
   * The primary and accent colours in dark mode (the viewer's prefers-color-scheme): the chosen dark variant, else
   * one derived from the light colour with AA contrast on the dark background (contract/branding.ts darkVariantOf).
   */
  primaryColorDark: HexColor,
  accentColorDark: HexColor,
});
export type Branding = z.infer<typeof Branding>;

export const PortalSettings = Branding.extend({
  baseUrl: z.string(),
  staffRequireTwoFactor: z.boolean(),
  /** The language for people and visitors nothing else decides for (after segment and browser). */
  defaultLanguage: z.string(),
  /** The firm's chosen dark-mode primary colour; null: derived from the primary (see `primaryColorDark`). */
  chosenPrimaryColorDark: HexColor.nullable(),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type PortalSettings = z.infer<typeof PortalSettings>;

export const UpdatePortalSettings = z
  .object({
    name: z.string().trim().min(1).max(80),
    primaryColor: HexColor,
    /** null: derive the dark-mode primary from the primary colour. */
    primaryColorDark: HexColor.nullable(),
    supportEmail: EmailAddress.nullable(),
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .max(200)
      .nullable(),
    staffRequireTwoFactor: z.boolean(),
    defaultLanguage: DefaultLanguage,
    removeLogo: z.literal(true),
  })
  .partial()
  .strict();
export type UpdatePortalSettings = z.infer<typeof UpdatePortalSettings>;
