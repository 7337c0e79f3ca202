import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ActsWidget from './ActsWidget.vue';
import { parseActsParams } from './acts-params';

function stubApi(data: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const mountWidget = (search: string) =>
  mount(ActsWidget, { props: { params: parseActsParams(search, () => undefined) } });

describe('ActsWidget', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the organisation named by the siren parameter', async () => {
    const fetchMock = stubApi({
      publicOrganization: { siren: '253514491', name: 'Commune de Test' },
    });
    const wrapper = mountWidget('?siren=253514491');
    expect(wrapper.find('[role="status"]').text()).toBe('Chargement…');
    await flushPromises();
    expect(wrapper.find('[data-test="organization-name"]').text()).toBe('Commune de Test');
    expect(wrapper.find('h1').text()).toBe('Actes publiés');
    expect(document.title).toBe('Actes publiés · Commune de Test');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body)).variables).toEqual({ siren: '253514491' });
  });

  it('explains an unknown SIREN or an organisation without open data', async () => {
    stubApi({ publicOrganization: null });
    const wrapper = mountWidget('?siren=111222333');
    await flushPromises();
    expect(wrapper.find('[data-test="unknown-siren"]').text()).toMatch(
      /SIREN 111 222 333.*inconnue ou n’a pas activé/s,
    );
  });

  it('asks for the siren parameter instead of showing a blank page', async () => {
    const fetchMock = stubApi({});
    const wrapper = mountWidget('?siren=abc');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toMatch(/paramètre « siren »/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
