import type { billingQuoteMessages as english } from '../en/billing-quotes.ts';

export const billingQuoteMessages = {
  'billing.options.optional': 'Optional',
  'billing.options.notIncluded': 'Nicht enthalten',
  'billing.options.hint':
    'Kreuzen Sie die optionalen Positionen an, die Sie wünschen. Der Gesamtbetrag folgt Ihrer Auswahl, die bis zur Annahme gespeichert bleibt.',
  'billing.options.total': 'Gesamtbetrag mit Ihrer Auswahl: {total}',
  'billing.options.saving': 'Gesamtbetrag wird aktualisiert…',
  'billing.options.stale':
    'Dieses Angebot wurde in einem anderen Fenster geändert. Es zeigt jetzt die neueste Auswahl: Bitte prüfen Sie sie und nehmen Sie es erneut an.',
  'billing.new.optional': 'Optional: Der Kunde kann die Position hinzufügen',
} satisfies Record<keyof typeof english, string>;
