import { useEffect, useRef } from 'react';
import { t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useToast } from '../../ui/Toast.tsx';

interface RecoveryCodesProps {
  codes: string[];
  onDone: () => void;
}

/** Shows recovery codes exactly once, with copy/download, until the user confirms they saved them. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const toast = useToast();
  const { branding } = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const text = codes.join('\n');

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast(t('twoFactor.codes.copied'));
    } catch {
      toast(t('twoFactor.codes.copyFailed'), 'error');
    }
  };

  const download = () => {
    const blob = new Blob([`${t('twoFactor.codes.fileHeader', { portal: branding.name })}\n\n${text}\n`], {
      type: 'text/plain',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="panel" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        {t('twoFactor.codes.title')}
      </h2>
      <p>{t('twoFactor.codes.intro')}</p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={copy}>
          {t('twoFactor.codes.copy')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={download}>
          {t('twoFactor.codes.download')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('twoFactor.codes.done')}
        </button>
      </div>
    </section>
  );
}
