import type { SsoProvider } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from '../me/StepUp.tsx';

/**
 * The SAML SP key rollover of one provider, in the two steps the API has: "Rotate keys" makes new ones current at
 * once while the previous ones stay published (and still decrypt) so the IdP is not cut off; "Retire previous keys"
 * forgets them once the IdP uses the new certificates. Which button shows comes from the provider's abilities; both
 * ask for confirmation and, when the last proof is old, for the password again (step-up).
 */
export function SamlKeyRollover({ provider, onChanged }: { provider: SsoProvider; onChanged: () => void }) {
  const confirm = useConfirm();
  const toast = useToast();
  const stepUp = useStepUp();
  const { rotateSamlKeys, retireSamlKeys } = provider.abilities;
  if (provider.protocol !== 'saml' || (!rotateSamlKeys && !retireSamlKeys && !provider.samlSpKeysRotatedAt))
    return null;

  const act = async (step: 'rotate' | 'retire') => {
    const sure = await confirm({
      title: t(`sso.saml.${step}.title`, { name: provider.name }),
      message: t(`sso.saml.${step}.body`),
      confirmLabel: t(`sso.saml.${step}.button`),
      danger: step === 'retire',
    });
    if (!sure) return;
    const path =
      step === 'rotate'
        ? '/api/v1/sso/providers/{providerId}/saml-keys/rotate'
        : '/api/v1/sso/providers/{providerId}/saml-keys/retire';
    try {
      await stepUp.run(() => porticoApi.POST(path, { params: { path: { providerId: provider.id } } }));
      toast(t(`sso.saml.${step}.done`));
      onChanged();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <div className="stack">
      {stepUp.dialog}
      {provider.samlSpKeysRotatedAt ? (
        <p className="small">{t('sso.saml.rolloverOpen', { date: formatDateTime(provider.samlSpKeysRotatedAt) })}</p>
      ) : null}
      <div className="form-actions">
        {rotateSamlKeys ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => void act('rotate')}>
            {t('sso.saml.rotate.button')}
          </button>
        ) : null}
        {retireSamlKeys ? (
          <button type="button" className="btn btn--danger btn--small" onClick={() => void act('retire')}>
            {t('sso.saml.retire.button')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
