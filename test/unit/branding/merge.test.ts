import { describe, expect, it } from 'vitest';
import type { Branding } from '../../../src/contract/index.ts';
import { mergeBranding } from '../../../src/server/modules/branding/presenters.ts';

const firm: Branding = {
  name: 'Northwind Advisory',
  primaryColor: '#1f5f8b',
  logoUrl: '/branding/logo?v=3',
  accentColor: '#1f5f8b',
  faviconUrl: null,
  supportEmail: 'help@northwind.example',
  termsUrl: null,
  privacyUrl: null,
  helpTitle: 'Help center',
  helpHeaderColor: '#1f5f8b',
  primaryColorDark: '#2e8ccc',
  accentColorDark: '#2e8ccc',
};

describe("a segment's branding over the firm's", () => {
  it("keeps the firm's values where the segment overrides nothing", () => {
    expect(mergeBranding(firm, {})).toEqual(firm);
    expect(mergeBranding(firm, { name: null, primaryColor: null })).toEqual(firm);
  });

  it('an overridden primary colour becomes the default accent and help header', () => {
    expect(mergeBranding(firm, { primaryColor: '#7a1f5c' })).toMatchObject({
      primaryColor: '#7a1f5c',
      accentColor: '#7a1f5c',
      helpHeaderColor: '#7a1f5c',
    });
    expect(mergeBranding(firm, { primaryColor: '#7a1f5c', accentColor: '#0b6e4f' }).accentColor).toBe('#0b6e4f');
  });

  it("uses the segment's images when it has them, else the firm's", () => {
    expect(mergeBranding(firm, {}, { logoUrl: '/seg-logo', faviconUrl: null })).toMatchObject({
      logoUrl: '/seg-logo',
      faviconUrl: null,
    });
    expect(mergeBranding(firm, {}).logoUrl).toBe('/branding/logo?v=3');
  });
});
