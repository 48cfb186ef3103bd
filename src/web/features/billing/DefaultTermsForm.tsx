import { useState, type FormEvent } from 'react';
import type { NumberSeries } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { TextAreaField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

/**
 * "Default quote terms" and "Default invoice terms": copied onto a new draft of the kind created without terms (the
 * draft keeps its copy, so a later change here never alters documents already made). Stored per kind beside the
 * number series; owners and admins change them, agents read them.
 */
export function DefaultTermsSection({ series, onSaved }: { series: NumberSeries[]; onSaved: () => void }) {
  const shown = series.filter((item) => item.kind === 'quote' || item.kind === 'invoice');
  return (
    <section aria-labelledby="default-terms-title" className="stack">
      <h2 id="default-terms-title">{t('billing.settings.defaultTerms')}</h2>
      <p className="muted">{t('billing.settings.defaultTermsHint')}</p>
      {shown.map((item) =>
        item.abilities.update ? (
          <DefaultTermsForm key={`${item.kind}-${item.version}`} item={item} onSaved={onSaved} />
        ) : (
          <div key={item.kind}>
            <h3 className="h3">
              {t(item.kind === 'quote' ? 'billing.settings.quoteTerms' : 'billing.settings.invoiceTerms')}
            </h3>
            <p className="pre-wrap">{item.defaultTerms || '—'}</p>
          </div>
        ),
      )}
    </section>
  );
}

function DefaultTermsForm({ item, onSaved }: { item: NumberSeries; onSaved: () => void }) {
  const toast = useToast();
  const [terms, setTerms] = useState(item.defaultTerms);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api<NumberSeries>(`/billing/number-series/${item.kind}`, {
        method: 'PATCH',
        body: { defaultTerms: terms },
        ifMatch: item.version,
      });
      setError(null);
      toast(t('billing.settings.saved'));
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} fields={['defaultTerms']} />
      <TextAreaField
        label={t(item.kind === 'quote' ? 'billing.settings.quoteTerms' : 'billing.settings.invoiceTerms')}
        name={`defaultTerms-${item.kind}`}
        errorKey="defaultTerms"
        rows={4}
        maxLength={8000}
        value={terms}
        onChange={(e) => setTerms(e.target.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('billing.settings.save')}
        </button>
      </div>
    </form>
  );
}
