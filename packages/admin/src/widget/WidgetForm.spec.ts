import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { createVuetify } from 'vuetify';
import { themeChecks } from '@opendata/api/shared';
import { draftProblems } from './useWidgetSettings';
import WidgetForm from './WidgetForm.vue';
import type { WidgetDraft } from './widget-url';

const base: WidgetDraft = {
  title: 'Actes publiés',
  primaryColor: '#1d4f91',
  backgroundColor: '#ffffff',
  textColor: '#999999',
  natures: [],
  classification: null,
  period: 'all',
  year: null,
  dateFrom: null,
  dateTo: null,
  pageSize: 10,
};

describe('WidgetForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says in words which colour pair is under 4.5:1', () => {
    const draft = reactive({ ...base });
    const w = mount(WidgetForm, {
      props: { draft, checks: themeChecks(draft), readonly: false },
      attachTo: document.body,
      global: { plugins: [createVuetify()] },
    });
    const report = w.find('[data-test="contrast-report"]').text();
    expect(report).toContain('Texte sur le fond : 2,84:1 — insuffisant');
    expect(report).toContain('Couleur principale sur blanc (boutons, liens) : 8,14:1 — conforme');
  });

  it('edits the draft through its fields', async () => {
    const draft = reactive({ ...base });
    const w = mount(WidgetForm, {
      props: {
        draft,
        'onUpdate:draft': () => undefined,
        checks: themeChecks(draft),
        readonly: false,
      },
      attachTo: document.body,
      global: { plugins: [createVuetify()] },
    });
    await w.find('input[type="text"]').setValue('Délibérations');
    expect(draft.title).toBe('Délibérations');
  });

  it('lists what keeps a draft from being saved', () => {
    expect(draftProblems(base)).toEqual([]);
    expect(draftProblems({ ...base, primaryColor: 'rouge', period: 'year', year: null })).toEqual([
      'Couleur principale : format #RRGGBB attendu.',
      'Choisissez l’année présélectionnée.',
    ]);
    expect(
      draftProblems({ ...base, period: 'range', dateFrom: '2025-02-01', dateTo: '2025-01-01' }),
    ).toEqual(['La date de début doit précéder la date de fin.']);
  });
});
