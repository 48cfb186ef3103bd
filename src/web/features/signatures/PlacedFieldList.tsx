import { t } from '../../i18n/index.ts';
import type { PlacedField } from './placement.ts';

/**
 * The placed fields as a list: the keyboard and screen-reader view of what is on the pages, where staff name a
 * text or checkbox field, say whether it must be filled, and remove any field.
 */
export function PlacedFieldList({
  fields,
  nameOf,
  onUpdate,
  onRemove,
}: {
  fields: PlacedField[];
  nameOf: (signerId: string) => string;
  onUpdate: (key: string, change: Partial<PlacedField>) => void;
  onRemove: (key: string) => void;
}) {
  if (!fields.length) return <p className="muted">{t('signatures.place.none')}</p>;
  return (
    <ul className="placed-fields">
      {fields.map((field) => {
        const what = t('signatures.place.fieldLabel', {
          kind: t(`signatures.field.${field.kind}`),
          name: nameOf(field.signerId),
          page: field.page,
        });
        const named = field.kind === 'text' || field.kind === 'checkbox';
        return (
          <li key={field.key} className="placed-fields__item">
            <span>{what}</span>
            {named ? (
              <>
                <input
                  aria-label={t('signatures.place.labelOf', { field: what })}
                  placeholder={t('signatures.place.labelPlaceholder')}
                  value={field.label}
                  maxLength={80}
                  onChange={(event) => onUpdate(field.key, { label: event.target.value })}
                />
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={field.required}
                    onChange={(event) => onUpdate(field.key, { required: event.target.checked })}
                  />{' '}
                  {t('signatures.place.required')}
                </label>
              </>
            ) : null}
            <button
              type="button"
              className="btn btn--secondary btn--small"
              aria-label={t('signatures.place.removeOf', { field: what })}
              onClick={() => onRemove(field.key)}
            >
              {t('signatures.place.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
