import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphQLClient, StringDocument } from '../shared/graphql-client';
import BudgetWidget from './BudgetWidget.vue';
import { parseConfig, parseState } from './budget-params';
import type { BudgetDocumentSummary } from './types';

const SIRET = '21560046400019';
const DOCS: BudgetDocumentSummary[] = [
  {
    id: 'bp22',
    year: 2022,
    stage: 'BP',
    siret: SIRET,
    establishmentName: 'Crach',
    superseded: false,
  },
  {
    id: 'ca21',
    year: 2021,
    stage: 'CA',
    siret: SIRET,
    establishmentName: 'Crach',
    superseded: false,
  },
];
const LEVELS: Record<string, { total: string; items: unknown[] }> = {
  '': {
    total: '1000.30',
    items: [
      { code: '0', label: 'Services généraux', amount: '600.10', share: 0.6, hasChildren: true },
      { code: '2', label: 'Enseignement', amount: '400.20', share: 0.4, hasChildren: false },
    ],
  },
  '0': {
    total: '600.10',
    items: [
      {
        code: '01',
        label: 'Opérations non ventilables',
        amount: '600.10',
        share: 1,
        hasChildren: false,
      },
    ],
  },
};

function fakeClient(organization: unknown = { siren: '215600464', name: 'Commune de Crach' }) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const client: GraphQLClient = {
    request: <R, V>(doc: StringDocument<R, V>, variables: V) => {
      const query = doc.toString();
      const vars = variables as Record<string, unknown>;
      calls.push({ query, variables: vars });
      let data: unknown;
      if (query.includes('BudgetWidgetDocuments')) {
        data = { publicOrganization: organization, budgetDocuments: organization ? DOCS : [] };
      } else if (query.includes('BudgetWidgetBreakdown')) {
        const level = LEVELS[(vars.path as string[]).join('/')] ?? { total: '0', items: [] };
        data = {
          budgetBreakdown: level,
          parent: vars.withParent ? { items: LEVELS['']!.items } : undefined,
        };
      } else if (query.includes('BudgetWidgetSections')) {
        const t = { total: '10.00' };
        data = {
          expenseOperating: t,
          expenseInvestment: t,
          revenueOperating: t,
          revenueInvestment: t,
        };
      } else {
        data = { budgetTrend: [{ year: 2022, stage: 'BP', amount: '1000.30' }] };
      }
      return Promise.resolve(data as R);
    },
  };
  return { client, calls };
}

function mountAt(url: string, organization?: unknown) {
  history.replaceState(null, '', url);
  const { client, calls } = fakeClient(organization);
  const wrapper = mount(BudgetWidget, {
    props: {
      config: parseConfig(location.search, () => undefined),
      state: parseState(location.search, () => undefined),
      client,
    },
    attachTo: document.body,
  });
  return { wrapper, calls };
}

const text = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('BudgetWidget', () => {
  beforeAll(() => vi.stubEnv('BASE_URL', '/widgets/'));
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => history.replaceState(null, '', '/'));

  it('shows the newest document, names it in the URL, and summarizes every chart in words', async () => {
    const { wrapper } = mountAt('/widgets/budget/?siren=215600464');
    await flushPromises();
    expect(location.search).toBe(`?siren=215600464&annee=2022&etab=${SIRET}&etape=bp`);
    expect(text(wrapper.find('[data-test="document-shown"]').text())).toContain(
      'Budget primitif 2022',
    );
    const expenses = wrapper.find('[data-chart="depenses"]');
    expect(expenses.find('h2').text()).toBe('Dépenses par fonction');
    expect(text(expenses.find('[data-test="chart-summary"]').text())).toBe(
      'Dépenses par fonction : 1 000,30 € au total, en 2 postes. Les plus importants : Services généraux (600,10 €, 60 %), Enseignement (400,20 €, 40 %).',
    );
    expect(expenses.find('canvas').attributes('role')).toBe('img');
    // The data table alternative, with exact amounts.
    const rows = expenses.findAll('[data-test="chart-table"] tbody tr').map((r) =>
      r
        .findAll('th, td')
        .map((c) => text(c.text()))
        .join(' | '),
    );
    expect(rows).toEqual([
      '0 Services généraux | 600,10 € | 60 %',
      '2 Enseignement | 400,20 € | 40 %',
    ]);
    expect(wrapper.findAll('[data-chart]').length).toBe(5);
  });

  it('drills down from the legend with a breadcrumb back up, each step a history entry', async () => {
    const { wrapper, calls } = mountAt('/widgets/budget/?siren=215600464');
    await flushPromises();
    const pushes = vi.spyOn(history, 'pushState');
    const card = () => wrapper.find('[data-chart="depenses"]');
    const drills = card().findAll('[data-test="drill"]');
    expect(drills.map((d) => text(d.text()))).toEqual(['Services généraux : voir le détail']);
    await drills[0]!.trigger('click');
    await flushPromises();
    expect(location.search).toContain('chemin_depenses=0');
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.variables)).toContainEqual(
      expect.objectContaining({
        path: ['0'],
        parentPath: [],
        direction: 'EXPENSE',
        view: 'FUNCTION',
      }),
    );
    const crumbs = card().findAll('[data-test="breadcrumb"] li');
    expect(crumbs.map((c) => text(c.text()))).toEqual([
      'Toutes les fonctions',
      'Services généraux',
    ]);
    expect(document.activeElement?.textContent).toBe('Services généraux');
    await card().find('.budget-crumbs__up').trigger('click');
    await flushPromises();
    expect(location.search).not.toContain('chemin_depenses');
    expect(card().find('[data-test="breadcrumb"]').exists()).toBe(false);
    // Back: the URL of the previous entry is read again.
    history.replaceState(null, '', '/widgets/budget/?siren=215600464&chemin_depenses=0');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flushPromises();
    expect(text(card().find('[data-test="breadcrumb"]').text())).toContain('Services généraux');
    pushes.mockRestore();
  });

  it('changes the document from the selectors and resets the drill-down', async () => {
    const { wrapper } = mountAt('/widgets/budget/?siren=215600464&chemin_depenses=0');
    await flushPromises();
    await wrapper.find('#budget-annee').setValue('2021');
    await flushPromises();
    expect(location.search).toBe(`?siren=215600464&annee=2021&etab=${SIRET}&etape=ca`);
    expect(text(wrapper.find('[data-test="document-shown"]').text())).toContain(
      'Compte administratif 2021',
    );
  });

  it('shows one chart alone with graphique=…', async () => {
    const { wrapper } = mountAt('/widgets/budget/?siren=215600464&graphique=evolution');
    await flushPromises();
    expect(wrapper.findAll('[data-chart]').map((c) => c.attributes('data-chart'))).toEqual([
      'evolution',
    ]);
    expect(wrapper.find('[data-chart="evolution"] h2').text()).toBe(
      'Évolution des dépenses : prévu et réalisé',
    );
  });

  it('says so when nothing is published for the SIREN', async () => {
    const { wrapper } = mountAt('/widgets/budget/?siren=215600464', null);
    await flushPromises();
    expect(wrapper.find('[data-test="no-budget"]').text()).toContain('215 600 464');
  });
});
