import { answerText, type FormField } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';

type Answering = Exclude<FormField, { type: 'section' }>;

/**
 * One answer as staff read it: the same text as the CSV export and the ticket a submission opens (one function,
 * `answerText`), except a drawn signature, which is shown as the image the person drew.
 */
export function AnswerView({ field, value }: { field: Answering; value: unknown }) {
  if (field.type === 'signature' && value && typeof value === 'object' && 'kind' in value) {
    const signature = value as { kind: string; image?: string; name?: string };
    if (signature.kind === 'drawn' && signature.image?.startsWith('data:image/png;base64,'))
      return <img className="signature-image" src={signature.image} alt={t('forms.answer.drawnSignature')} />;
    if (signature.kind === 'typed') return <>{t('forms.answer.typedSignature', { name: signature.name ?? '' })}</>;
  }
  return <>{answerText(field, value)}</>;
}
