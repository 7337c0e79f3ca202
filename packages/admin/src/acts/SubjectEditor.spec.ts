import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createVuetify } from 'vuetify';
import SubjectEditor from './SubjectEditor.vue';

function mountEditor(save: (s: string) => Promise<boolean>, canEdit = true) {
  return mount(SubjectEditor, {
    props: { subject: 'Budget primitif', canEdit, saving: false, save },
    attachTo: document.body,
    global: { plugins: [createVuetify()] },
  });
}

describe('SubjectEditor', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('never saves an empty subject, and says why in French', async () => {
    const saved: string[] = [];
    const w = mountEditor(async (s) => (saved.push(s), true));
    await w.find('button').trigger('click');
    await w.find('textarea').setValue('   ');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.text()).toContain('L’objet ne peut pas être vide.');
    expect(saved).toEqual([]);
  });

  it('saves the new subject and goes back to reading', async () => {
    const saved: string[] = [];
    const w = mountEditor(async (s) => (saved.push(s), true));
    await w.find('button').trigger('click');
    await w.find('textarea').setValue('Budget primitif 2025');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(saved).toEqual(['Budget primitif 2025']);
    expect(w.find('textarea').exists()).toBe(false);
  });

  it('offers no edit button without the editor role', () => {
    const w = mountEditor(async () => true, false);
    expect(w.find('button').exists()).toBe(false);
    expect(w.text()).toContain('Budget primitif');
  });
});
