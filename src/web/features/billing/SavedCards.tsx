import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { PaymentMethodSetup, SavedPaymentMethod, SavedPaymentMethodList } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';

/** "Expires soon" / "Expired" beside a card, from the server's `expiry` (the browser's clock is not asked). */
export function ExpiryBadge({ expiry }: { expiry: SavedPaymentMethod['expiry'] }) {
  if (expiry === 'valid') return null;
  return (
    <span className="badge badge--warning">
      {expiry === 'expired' ? t('billing.cards.expiredBadge') : t('billing.cards.expiringBadge')}
    </span>
  );
}

/**
 * The account's saved cards on the portal's billing page: brand, last 4 digits and expiry; "Save a card" goes to
 * Stripe's page (setup mode) and back; a card can be removed. The card charged automatically, when it expires this
 * month or next (or has expired), says so and offers to replace it (ability `replace`). Hidden where there is
 * nothing to show or do.
 */
export function SavedCards({ accountId }: { accountId: string }) {
  const methods = useResource<SavedPaymentMethodList>(`/accounts/${accountId}/billing-payment-methods`);
  const [params] = useSearchParams();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = methods.data;
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  // The expiring-card mail links to #cards: the list arrives after the page, so scroll once it is there.
  useEffect(() => {
    if (hash === '#cards' && data) section.current?.scrollIntoView();
  }, [hash, data]);
  if (!data || (!data.items.length && !data.canSave)) return null;
  async function save() {
    setBusy(true);
    setError(null);
    try {
      const setup = await api<PaymentMethodSetup>(`/accounts/${accountId}/billing-payment-methods/setup`, {
        method: 'POST',
      });
      window.location.assign(setup.url);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }
  async function remove(id: string, label: string) {
    if (
      !(await confirm({
        title: t('billing.cards.removeConfirm', { card: label }),
        confirmLabel: t('billing.cards.remove'),
        danger: true,
      }))
    )
      return;
    try {
      await api(`/accounts/${accountId}/billing-payment-methods/${id}`, { method: 'DELETE' });
      methods.reload();
    } catch (caught) {
      setError(caught);
    }
  }
  async function makeDefault(id: string) {
    try {
      methods.setData(
        await api<SavedPaymentMethodList>(`/accounts/${accountId}/billing-payment-methods/${id}/default`, {
          method: 'POST',
        }),
      );
    } catch (caught) {
      setError(caught);
    }
  }
  // Back from Stripe: the card appears once Stripe's webhook has recorded it.
  const returned = params.get('card');
  return (
    <section id="cards" ref={section} className="card stack" aria-labelledby="cards-title">
      <h2 id="cards-title" className="h3">
        {t('billing.cards.title')}
      </h2>
      {returned === 'saved' && !data.items.length ? (
        <p role="status">
          {t('billing.cards.processing')}{' '}
          <button type="button" className="btn btn--secondary btn--small" onClick={methods.reload}>
            {t('billing.cards.refresh')}
          </button>
        </p>
      ) : null}
      <FormAlert error={error} />
      {data.items.length ? (
        <ul className="billing-cards stack">
          {data.items.map((card) => {
            const month = String(card.expMonth).padStart(2, '0');
            const label = t('billing.cards.card', {
              brand: card.brand.toUpperCase(),
              last4: card.last4,
              month,
              year: card.expYear,
            });
            return (
              <li key={card.id}>
                <span>{label}</span>
                {card.usedForAutoCharge && data.autoCharge ? (
                  <span className="badge">{t('billing.cards.autoCharge')}</span>
                ) : null}
                <ExpiryBadge expiry={card.expiry} />
                {card.abilities.replace ? (
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={t('billing.cards.replaceExpiringLabel', { card: label })}
                    disabled={busy}
                    onClick={() => void save()}
                  >
                    {t('billing.cards.replaceExpiring')}
                  </button>
                ) : null}
                {card.abilities.makeDefault ? (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-label={t('billing.cards.makeDefaultLabel', { card: label })}
                    onClick={() => void makeDefault(card.id)}
                  >
                    {t('billing.cards.makeDefault')}
                  </button>
                ) : null}
                {card.abilities.remove ? (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-label={t('billing.cards.removeLabel', { card: label })}
                    onClick={() => void remove(card.id, label)}
                  >
                    {t('billing.cards.remove')}
                  </button>
                ) : null}
                {card.usedForAutoCharge && card.expiry !== 'valid' ? (
                  <p className="billing-card-warning">
                    {t('billing.cards.expiryNotice', { expiry: card.expiry, month, year: card.expYear })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('billing.cards.none')}</p>
      )}
      {data.canSave ? (
        <div>
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void save()}>
            {data.items.length ? t('billing.cards.replace') : t('billing.cards.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
