import { t } from '../i18n/index.ts';
import { useSession } from '../session/SessionProvider.tsx';

/**
 * The portal's own footer: the terms and privacy links of the branding the person sees (their segment's, or the
 * domain's segment's before sign-in), and its support address. Nothing is shown when none is set.
 */
export function BrandFooter() {
  const { branding } = useSession();
  const links = [
    branding.termsUrl ? { href: branding.termsUrl, label: t('footer.terms') } : null,
    branding.privacyUrl ? { href: branding.privacyUrl, label: t('footer.privacy') } : null,
    branding.supportEmail ? { href: `mailto:${branding.supportEmail}`, label: branding.supportEmail } : null,
  ].filter((link) => link !== null);
  if (!links.length) return null;
  return (
    <footer className="brand-footer">
      <ul aria-label={t('footer.label', { portal: branding.name })}>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
