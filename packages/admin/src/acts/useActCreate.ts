import { computed, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { session } from '../auth/session';
import { currentOrg } from '../context/current-org';
import type { ActNature } from '../gql/graphql';
import { useNotify } from '../shared/useNotify';
import { CreateActMutation } from './create-act.graphql';
import { UploadError, uploadMutation } from './multipart';
import { fileProblems } from './upload-rules';

export interface ActDraft {
  number: string;
  date: string;
  nature: ActNature | null;
  natureDetail: string | null;
  classificationCode: string;
  prefectureAckDate: string;
  subject: string;
  publish: boolean;
}

/** The manual act form: files checked before sending, upload progress, French errors. */
export function useActCreate() {
  const router = useRouter();
  const notify = useNotify();
  const draft = reactive<ActDraft>({
    number: '',
    date: '',
    nature: null,
    natureDetail: null,
    classificationCode: '',
    prefectureAckDate: '',
    subject: '',
    publish: false,
  });
  const main = ref<File | null>(null);
  const annexes = ref<File[]>([]);
  const sending = ref(false);
  const percent = ref(0);
  const error = ref<string | null>(null);
  const attempted = ref(false);
  const problems = computed(() =>
    attempted.value ? fileProblems(main.value, annexes.value, draft.nature) : [],
  );

  async function submit(formValid: boolean): Promise<void> {
    attempted.value = true;
    error.value = null;
    const siren = currentOrg.siren.value;
    if (!formValid || problems.value.length || !siren || !draft.nature) {
      return;
    }
    sending.value = true;
    percent.value = 0;
    try {
      const input = {
        siren,
        number: draft.number.trim(),
        date: draft.date,
        nature: draft.nature,
        natureDetail: draft.nature === 'OUTSIDE_CONTROL' ? draft.natureDetail : null,
        classificationCode: draft.classificationCode.trim() || null,
        prefectureAckDate: draft.prefectureAckDate || null,
        subject: draft.subject.trim(),
        publish: draft.nature === 'INDIVIDUAL' ? false : draft.publish,
        mainFileCount: 1,
      };
      const data = await uploadMutation(
        CreateActMutation,
        { input },
        [main.value!, ...annexes.value],
        {
          token: session.token(),
          onProgress: (p) => (percent.value = p),
        },
      );
      notify.success(`Acte ${data.createAct.number} créé.`);
      await router.push({ name: 'act', params: { id: data.createAct.id } });
    } catch (e) {
      error.value = e instanceof UploadError ? e.message : 'L’envoi a échoué. Réessayez.';
    } finally {
      sending.value = false;
    }
  }

  return { draft, main, annexes, sending, percent, error, problems, submit };
}
