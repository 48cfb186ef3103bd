import { useState } from 'react';
import type { KbAudience, KbCategory, Segment } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { AUDIENCES, KB } from './api.ts';

/** Who may read a whole category. Saved at once (If-Match: the category's version). */
export function CategoryAudience({
  category,
  segments,
  onSaved,
}: {
  category: KbCategory;
  segments: Segment[];
  onSaved: () => void;
}) {
  const [audience, setAudience] = useState<KbAudience>(category.audience);
  const [segmentIds, setSegmentIds] = useState<string[]>(category.audienceSegmentIds);
  const [error, setError] = useState<unknown>(null);
  async function save(next: { audience: KbAudience; audienceSegmentIds: string[] }) {
    setAudience(next.audience);
    setSegmentIds(next.audienceSegmentIds);
    setError(null);
    try {
      await api(`${KB}/categories/${category.id}`, { method: 'PATCH', body: next, ifMatch: category.version });
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <div>
      <FormAlert error={error} />
      <SelectField
        label={t('kb.field.audience')}
        name={`audience-${category.id}`}
        value={audience}
        onChange={(event) => void save({ audience: event.target.value as KbAudience, audienceSegmentIds: segmentIds })}
      >
        {AUDIENCES.map((value) => (
          <option key={value} value={value}>
            {t(`kb.audience.${value}`)}
          </option>
        ))}
      </SelectField>
      {audience === 'segments'
        ? segments.map((segment) => (
            <Checkbox
              key={segment.id}
              label={segment.name}
              checked={segmentIds.includes(segment.id)}
              onChange={(event) =>
                void save({
                  audience,
                  audienceSegmentIds: event.target.checked
                    ? [...segmentIds, segment.id]
                    : segmentIds.filter((id) => id !== segment.id),
                })
              }
            />
          ))
        : null}
    </div>
  );
}
