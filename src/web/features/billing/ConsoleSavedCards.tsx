import type { SavedPaymentMethodList } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { ExpiryBadge } from './SavedCards.tsx';

/**
 * The client's saved cards on the console's billing profile of an account, read-only: which one automatic charges
 * use and when each expires ("card expires MM/YYYY"), with the server's expiring/expired warning. Cards are saved
 * and replaced by the client in the portal (card details never pass through the firm).
 */
export function ConsoleSavedCards({ accountId }: { accountId: string }) {
  const methods = useResource<SavedPaymentMethodList>(`/accounts/${accountId}/billing-payment-methods`);
  const data = methods.data;
  if (!data) return null;
  return (
    <section className="card stack" aria-labelledby="console-cards-title">
      <h2 id="console-cards-title" className="h3">
        {t('billing.cards.consoleTitle')}
      </h2>
      {data.items.length ? (
        <ul className="billing-cards stack">
          {data.items.map((card) => (
            <li key={card.id}>
              <span>
                {t('billing.cards.consoleCard', {
                  brand: card.brand.toUpperCase(),
                  last4: card.last4,
                  expiry: card.expiry,
                  month: String(card.expMonth).padStart(2, '0'),
                  year: card.expYear,
                })}
              </span>
              {card.usedForAutoCharge && data.autoCharge ? (
                <span className="badge">{t('billing.cards.autoCharge')}</span>
              ) : null}
              <ExpiryBadge expiry={card.expiry} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('billing.cards.consoleNone')}</p>
      )}
    </section>
  );
}
