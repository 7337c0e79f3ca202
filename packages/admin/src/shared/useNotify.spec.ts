import { afterEach, describe, expect, it } from 'vitest';
import { useNotify } from './useNotify';

describe('useNotify', () => {
  const notify = useNotify();
  afterEach(() => {
    while (notify.current.value) {
      notify.dismiss(notify.current.value.id);
    }
  });

  it('shows the newest message at once and keeps errors until they are closed', () => {
    notify.error('Échec de l’enregistrement.');
    notify.success('Acte publié.');
    notify.info('Collectivité : Rennes.', { label: 'Annuler', run: () => undefined });
    expect(notify.current.value?.text).toBe('Collectivité : Rennes.');
    expect(notify.current.value?.action?.label).toBe('Annuler');
    notify.dismiss(notify.current.value!.id);
    expect(notify.current.value?.text).toBe('Échec de l’enregistrement.');
    notify.dismiss(notify.current.value!.id);
    expect(notify.current.value).toBeUndefined();
  });
});
