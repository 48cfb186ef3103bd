import type { billingDraftMessages as english } from '../en/billing-drafts.ts';

export const billingDraftMessages = {
  'billing.edit.open': 'Bearbeiten',
  'billing.edit.title': '{document} bearbeiten',
  'billing.edit.save': 'Änderungen speichern',
  'billing.edit.saved': 'Entwurf gespeichert.',
  'billing.edit.cancel': 'Abbrechen',
  'billing.edit.back': 'Zurück zum Dokument',
  'billing.edit.notEditable':
    'Dieses Dokument kann nicht geändert werden: Nur Inhaber und Administratoren bearbeiten Entwürfe, und ein versendetes Dokument bleibt, wie es versendet wurde.',
  'billing.edit.stale':
    'Jemand hat diesen Entwurf in einem anderen Fenster gespeichert, während Sie ihn bearbeitet haben. Ihre Änderungen hier wurden nicht gespeichert: Laden Sie die neueste Fassung und nehmen Sie sie erneut vor.',
  'billing.edit.reload': 'Neueste Fassung laden',
  'billing.edit.product': 'Produkt oder Leistung aus dem Katalog',
  'billing.edit.freeText': 'Keines: Position selbst eingeben',
  'billing.edit.lineDiscount': 'Rabatt auf die Position',
  'billing.edit.documentDiscount': 'Rabatt auf das gesamte Dokument',
  'billing.edit.discountUnit': '{field} in',
  'billing.edit.moreTax': 'Steuer {number}',
  'billing.edit.archivedTax': 'Ein nicht mehr angebotener Satz: bitte einen anderen wählen',
  'billing.edit.selected': 'Anfangs angekreuzt (im Gesamtbetrag, bis der Kunde es abwählt)',
  'billing.edit.dueDate': 'Fälligkeitsdatum (optional)',
  'billing.edit.dueDateHint': 'Leer: Die Zahlungsbedingungen legen es beim Versand fest.',
  'billing.coverNote': 'Anschreiben',
  'billing.terms': 'Bedingungen',
  'billing.edit.coverNote': 'Anschreiben',
  'billing.edit.coverNoteHint':
    'Der einleitende Brief über den Positionen, auf der Angebotsseite und im PDF; sein erster Absatz eröffnet die E-Mail. Nur Text.',
  'billing.edit.termsHint': 'Leer: Es gelten die Standardbedingungen aus der Abrechnungseinrichtung, falls vorhanden.',
  'billing.edit.badQuantity': 'Geben Sie eine Menge über 0 mit höchstens 3 Nachkommastellen ein.',
  'billing.edit.badPercent': 'Geben Sie einen Prozentsatz von 0 bis 100 ein.',
  'billing.edit.preview': 'Vorschau der Summen',
  'billing.edit.previewSubtotal': 'Zwischensumme',
  'billing.edit.previewDiscount': 'Rabatte',
  'billing.edit.previewTax': 'Steuern',
  'billing.edit.previewTotal': 'Gesamtbetrag',
  'billing.edit.computedOnSave':
    'Wird beim Speichern berechnet: Füllen Sie alle Mengen und Preise aus, um eine Vorschau zu sehen.',
  'billing.edit.previewHint':
    'Gespeicherte Dokumente zeigen die vom Server berechneten Beträge, nach derselben Rundungsregel.',
} satisfies Record<keyof typeof english, string>;
