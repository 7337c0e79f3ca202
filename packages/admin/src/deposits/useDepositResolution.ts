import { useMutation } from '@vue/apollo-composable';
import { ref } from 'vue';
import { session } from '../auth/session';
import { uploadMutation, UploadError } from '../acts/multipart';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import { CloseDepositFailureMutation, ReplaceFailedDepositMutation } from './deposits.graphql';

/** Closing a failure with a reason, or sending a corrected zip in its place. */
export function useDepositResolution(onChanged: () => unknown) {
  const notify = useNotify();
  const busy = ref(false);
  const progress = ref(0);
  const closeMutation = useMutation(CloseDepositFailureMutation);

  async function close(id: string, reason: string): Promise<boolean> {
    busy.value = true;
    try {
      await closeMutation.mutate({ id, reason });
      notify.success('Échec clos : il n’est plus compté parmi les échecs ouverts.');
      await onChanged();
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function replace(id: string, file: File): Promise<boolean> {
    busy.value = true;
    progress.value = 0;
    try {
      await uploadMutation(ReplaceFailedDepositMutation, { id }, [file], {
        token: session.token(),
        fileVariable: 'file',
        onProgress: (p) => (progress.value = p),
      });
      notify.success(`Dépôt corrigé « ${file.name} » envoyé : il sera lu dans quelques instants.`);
      await onChanged();
      return true;
    } catch (e) {
      notify.error(e instanceof UploadError ? e.message : errorMessage(e));
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, progress, close, replace };
}
