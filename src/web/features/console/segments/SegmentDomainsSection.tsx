import { useState, type FormEvent } from 'react';
import type { SegmentDomains, UpdateSegmentDomains } from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useResource, useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';

function DomainsForm({ domains, onSaved }: { domains: SegmentDomains; onSaved: (next: SegmentDomains) => void }) {
  const submission = useSubmit();
  const toast = useToast();
  const [portalDomain, setPortalDomain] = useState(domains.portalDomain ?? '');
  const [helpDomain, setHelpDomain] = useState(domains.helpDomain ?? '');
  const readOnly = !domains.abilities.update;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Empty fields are sent as null: no domain of its own.
    const body: UpdateSegmentDomains = {
      portalDomain: portalDomain.trim() || null,
      helpDomain: helpDomain.trim() || null,
    };
    await submission.run(async () => {
      const saved = await api<SegmentDomains>(`/segments/${domains.segmentId}/domains`, { method: 'PUT', body });
      onSaved(saved);
      toast(t('domains.saved'));
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="panel stack form-narrow" aria-labelledby="segment-domains-heading">
      <h2 id="segment-domains-heading">{t('domains.title')}</h2>
      <p className="muted">{t('domains.intro')}</p>
      {readOnly ? <p className="muted">{t('domains.readOnly')}</p> : null}
      <FormAlert error={submission.error} fields={['portalDomain', 'helpDomain']} />
      <fieldset disabled={readOnly} className="plain">
        <div className="stack">
          <TextField
            label={t('domains.field.portal')}
            hint={t('domains.field.portalHint')}
            name="portalDomain"
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            value={portalDomain}
            onChange={(event) => setPortalDomain(event.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('domains.field.help')}
            hint={t('domains.field.helpHint')}
            name="helpDomain"
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            value={helpDomain}
            onChange={(event) => setHelpDomain(event.target.value)}
            error={submission.error}
          />
          <p className="muted segment-domain-links" data-testid="segment-domain-links">
            {t('domains.links', { portal: domains.portalUrl, help: domains.helpUrl })}
          </p>
          {readOnly ? null : (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('domains.save')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** A segment's own portal and help-center domains (modules/domains), under its branding. */
export function SegmentDomainsSection({ segmentId, onSaved }: { segmentId: string; onSaved?: () => void }) {
  const resource = useResource<SegmentDomains>(`/segments/${segmentId}/domains`);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <DomainsForm
      key={JSON.stringify(resource.data)}
      domains={resource.data}
      onSaved={(next) => {
        resource.setData(next);
        onSaved?.();
      }}
    />
  );
}
