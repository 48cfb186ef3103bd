import { t } from '../../i18n/index.ts';
import { useToast } from '../../ui/Toast.tsx';

/** A new signing secret, shown once (after creating an endpoint or rotating its secret). */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const toast = useToast();
  const copy = async () => {
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    toast(t('webhooks.secret.copied'));
  };
  return (
    <section className="panel stack" aria-live="polite">
      <h2>{t('webhooks.secret.title')}</h2>
      <p>{t('webhooks.secret.intro')}</p>
      <code className="secret" data-testid="webhook-secret">
        {secret}
      </code>
      <div className="page-actions">
        <button type="button" className="btn btn--secondary" onClick={() => void copy()}>
          {t('webhooks.secret.copy')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </div>
    </section>
  );
}
