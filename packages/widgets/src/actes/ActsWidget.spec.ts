import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ActsWidget from './ActsWidget.vue';
import { parseConfig, parseState } from './acts-params';
import { routeOf } from './route';
import { edge, fakeClient, searchResult } from './test-fixtures';

function mountAt(url: string, defaults?: string) {
  history.replaceState(null, '', url);
  const { client, calls } = fakeClient();
  const search = location.search;
  const wrapper = mount(ActsWidget, {
    props: {
      config: parseConfig(search, () => undefined),
      state: parseState(search, () => undefined),
      route: routeOf(location.pathname),
      client,
      defaults:
        defaults === undefined
          ? undefined
          : Promise.resolve({
              config: parseConfig(defaults, () => undefined),
              state: parseState(defaults, () => undefined),
            }),
    },
    attachTo: document.body,
  });
  return { wrapper, calls };
}

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('ActsWidget', () => {
  // As built (vite base /widgets/): vitest serves from /.
  beforeAll(() => vi.stubEnv('BASE_URL', '/widgets/'));
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => history.replaceState(null, '', '/'));

  it('shows results with sanitised highlights, a live count, and writes the search into the URL', async () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=213502388&annee=2024');
    expect(calls[0]!.variables).toMatchObject({ year: 2024, firstPage: true });
    const hit = edge('a', 'Programme de l’habitat');
    hit.highlights = {
      subject: 'Programme de l’<mark>habitat</mark><img src=x onerror=alert(1)>',
      text: 'la <mark>médiathèque</mark> municipale',
    };
    calls[0]!.resolve(searchResult([hit], 1));
    await flushPromises();

    expect(wrapper.find('[data-test="organization-name"]').text()).toBe('Commune de Test');
    const status = wrapper.find('[data-test="result-count"]');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(text(status.text())).toBe('1 acte trouvé.');
    const title = wrapper.find('.card__title a');
    expect(title.html()).toContain('<mark>habitat</mark>&lt;img');
    expect(title.find('img').exists()).toBe(false);
    expect(wrapper.find('.card__excerpt mark').text()).toBe('médiathèque');
    expect(text(wrapper.find('.doc__meta').text())).toBe('PDF, 12,4 ko');
    expect(wrapper.find('[data-test="download-doc"]').attributes('href')).toMatch(
      /\.pdf\?download$/,
    );
    expect(document.activeElement).toBe(document.body); // no autofocus

    expect(text(wrapper.find('.filters__toggle').text())).toBe('Filtres (1 actif)');

    // Typing makes one history entry, replaced until the text is committed (Enter).
    // (setValue would also fire `change`, as leaving the field does: keystrokes are inputs.)
    const type = async (value: string) => {
      const input = wrapper.find('#acts-query');
      (input.element as HTMLInputElement).value = value;
      await input.trigger('input');
      await flushPromises();
    };
    const before = history.length;
    await type('voi');
    await type('voirie');
    expect(history.length).toBe(before + 1);
    expect(new URLSearchParams(location.search).get('recherche')).toBe('voirie');
    expect(new URLSearchParams(location.search).get('annee')).toBe('2024');
    await wrapper.find('form[role="search"]').trigger('submit');
    await type('voirie communale');
    expect(history.length).toBe(before + 2);
    wrapper.unmount();
  });

  it('opens an act on its own URL (a new history entry) and goes back to the results', async () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=213502388');
    calls[0]!.resolve(searchResult([edge('a1', 'Budget primitif')], 1));
    await flushPromises();
    const before = history.length;
    await wrapper.find('[data-act-link="a1"]').trigger('click', { button: 0 });
    expect(location.pathname).toBe('/widgets/actes/a1');
    expect(history.length).toBe(before + 1);
    expect(calls[1]!.variables).toEqual({ id: 'a1', siren: '213502388' });
    calls[1]!.resolve({
      publicOrganization: { siren: '213502388', name: 'Commune de Test' },
      publicAct: { ...edge('a1', 'Budget primitif').node, organization: { siren: '213502388' } },
    });
    await flushPromises();
    expect(wrapper.find('#act-detail-title').text()).toBe('Budget primitif');
    expect(wrapper.find('.acts__search').attributes('style')).toContain('display: none');

    history.back();
    await new Promise((r) => setTimeout(r, 50));
    await flushPromises();
    expect(location.pathname).toBe('/widgets/actes/');
    expect(wrapper.find('.detail').exists()).toBe(false);
    expect(calls).toHaveLength(2); // the results were kept, not fetched again
    wrapper.unmount();
  });

  it('shows a classification code outside the national list as such, never with a made-up label', async () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=213502388');
    const hit = edge('u', 'Acte classé hors nomenclature');
    Object.assign(hit.node, { classificationCode: '9.99', classificationLabel: null });
    calls[0]!.resolve(searchResult([hit, edge('k', 'Acte classé')], 2));
    await flushPromises();
    const cards = wrapper.findAll('.card');
    expect(text(cards[0]!.text())).toContain('9.99 — code inconnu');
    expect(text(cards[0]!.text())).not.toContain('Autres domaines');
    expect(text(cards[1]!.text())).toMatch(/\d\.\d+ [A-ZÉ]/);
    wrapper.unmount();
  });

  it('suggests what to change when nothing matches', async () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=213502388&recherche=zzz&nature=5');
    calls[0]!.resolve(searchResult([], 0));
    await flushPromises();
    const empty = wrapper.find('[data-test="empty-state"]');
    expect(text(empty.text())).toMatch(
      /vérifier l’orthographe.*« zzz ».*retirer un ou plusieurs filtres/,
    );
    expect(empty.find('.chip').text()).toContain('Nature : Document budgétaire et financier');
    await empty.find('.od-button').trigger('click');
    await flushPromises();
    expect(calls[1]!.variables).toMatchObject({ query: null, natures: null });
    wrapper.unmount();
  });

  it('applies stored settings arriving after the first search started', async () => {
    const { wrapper, calls } = mountAt(
      '/widgets/actes/?siren=213502388',
      '?siren=213502388&titre=Nos%20d%C3%A9lib%C3%A9rations&par_page=20&nature=1',
    );
    expect(calls[0]!.variables).toMatchObject({ first: 10, natures: null });
    await flushPromises();
    expect(calls[0]!.signal?.aborted).toBe(true);
    expect(calls[1]!.variables).toMatchObject({ first: 20, natures: ['DELIBERATION'] });
    expect(wrapper.find('h1').text()).toBe('Nos délibérations');
    wrapper.unmount();
  });

  it('asks for the siren parameter instead of showing a blank page', () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=abc');
    expect(wrapper.find('[role="alert"]').text()).toMatch(/paramètre « siren »/);
    expect(calls).toHaveLength(0);
    wrapper.unmount();
  });

  it('explains an unknown SIREN', async () => {
    const { wrapper, calls } = mountAt('/widgets/actes/?siren=111222333');
    calls[0]!.resolve({ ...searchResult([], 0), publicOrganization: null });
    await flushPromises();
    expect(wrapper.find('[data-test="unknown-siren"]').text()).toMatch(/SIREN 111 222 333/);
    wrapper.unmount();
  });
});
