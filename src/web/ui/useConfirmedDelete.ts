import { errorMessage } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { useConfirm } from './ConfirmDialog.tsx';
import { useToast } from './Toast.tsx';

/**
 * Asks "Delete …?" in the confirmation dialog; on yes runs the deletion, then `after` (reload the list); a refusal
 * from the server shows as an error toast.
 */
export function useConfirmedDelete() {
  const confirm = useConfirm();
  const toast = useToast();
  return async (question: string, deletion: () => Promise<unknown>, after: () => void) => {
    if (!(await confirm({ title: question, confirmLabel: t('common.delete'), danger: true }))) return;
    try {
      await deletion();
      after();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
}
