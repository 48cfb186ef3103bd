import { useEffect, useState, type CSSProperties } from 'react';
import type { BrandingPreview as Preview, BrandingPreviewRequest } from '../../../../../contract/index.ts';
import { api } from '../../../../api/client.ts';
import { t } from '../../../../i18n/index.ts';
import { brandProperties } from '../../../../session/branding.ts';
import { useDebounced } from '../../../../ui/useDebounced.ts';

/**
 * The portal's home in miniature, painted with the unsaved colours the way applyBranding paints the portal (the same
 * light and dark custom properties), in one scheme whatever the console's own: branding.css fixes its palette.
 */
function PortalHomePreview({ branding, scheme }: { branding: Preview['effective']; scheme: 'light' | 'dark' }) {
  const style = brandProperties(branding) as CSSProperties;
  return (
    <div className={`portal-preview portal-preview--${scheme}`} style={style} data-testid={`portal-preview-${scheme}`}>
      <p className="portal-preview__brand">
        {branding.logoUrl ? <img src={branding.logoUrl} alt="" /> : null}
        <span>{branding.name}</span>
      </p>
      <h3>{t('branding.preview.welcome')}</h3>
      <div className="portal-preview__card">
        <p>{t('branding.preview.waiting')}</p>
        <span className="portal-preview__button">{t('branding.preview.open')}</span>
      </div>
      <p>
        <a className="portal-preview__link" href="#preview" onClick={(event) => event.preventDefault()}>
          {t('branding.preview.link')}
        </a>
      </p>
      <p className="portal-preview__footer">
        {branding.supportEmail ? <span>{branding.supportEmail}</span> : null}
        {branding.termsUrl ? <span>{t('branding.preview.terms')}</span> : null}
        {branding.privacyUrl ? <span>{t('branding.preview.privacy')}</span> : null}
      </p>
    </div>
  );
}

/**
 * The portal home and a help-center page, light and dark, and an email (light only, like the real ones) with the
 * form's unsaved values. The help pages and the email are rendered by the server's own code (POST
 * .../branding/preview saves nothing) and shown in sandboxed frames: no script runs, and their styles stay out of
 * the console. `revision` changes when the segment's language or domains
 * were saved elsewhere on the page: the preview is fetched again, with the new language and link base.
 */
export function BrandingPreview({
  segmentId,
  values,
  revision = 0,
}: {
  segmentId: string;
  values: BrandingPreviewRequest;
  revision?: number;
}) {
  const debounced = useDebounced(JSON.stringify(values), 400);
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let current = true;
    api<Preview>(`/segments/${segmentId}/branding/preview`, { method: 'POST', body: JSON.parse(debounced) })
      // An invalid value (a half-typed colour) keeps the last good preview; the form shows the error on save.
      .then((next) => current && setPreview(next))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [segmentId, debounced, revision]);
  if (!preview) return null;
  return (
    <section className="panel stack" aria-labelledby="branding-preview-heading">
      <h2 id="branding-preview-heading">{t('branding.preview.title')}</h2>
      <div className="branding-preview">
        <figure>
          <figcaption>{t('branding.preview.portal')}</figcaption>
          <PortalHomePreview branding={preview.effective} scheme="light" />
        </figure>
        <figure>
          <figcaption>{t('branding.preview.portalDark')}</figcaption>
          <PortalHomePreview branding={preview.effective} scheme="dark" />
        </figure>
        <figure>
          <figcaption>{t('branding.preview.help')}</figcaption>
          <iframe title={t('branding.preview.helpFrame')} sandbox="" srcDoc={preview.helpPage} />
        </figure>
        <figure>
          <figcaption>{t('branding.preview.helpDark')}</figcaption>
          <iframe title={t('branding.preview.helpDarkFrame')} sandbox="" srcDoc={preview.helpPageDark} />
        </figure>
        <figure>
          <figcaption>{t('branding.preview.email')}</figcaption>
          <iframe
            title={t('branding.preview.emailFrame')}
            sandbox=""
            srcDoc={preview.email.html}
            data-testid="email-preview"
          />
        </figure>
      </div>
    </section>
  );
}
