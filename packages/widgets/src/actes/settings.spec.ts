import { describe, expect, it } from 'vitest';
import { mergeSettings, sirenOf, type StoredSettings } from './settings';

const stored: StoredSettings = {
  title: 'Actes de la commune',
  primaryColor: '#005a9c',
  backgroundColor: '#ffffff',
  textColor: '#1f2330',
  natures: ['BUDGET', 'DELIBERATION'],
  classifications: ['7', '2'],
  dateFrom: '2023-01-01',
  dateTo: null,
  year: null,
  pageSize: 50,
};
const merged = (query: string) =>
  Object.fromEntries(mergeSettings(new URLSearchParams(query), stored));

describe('stored widget settings under the URL parameters', () => {
  it('fill what the URL leaves out', () => {
    expect(merged('siren=213502388')).toEqual({
      siren: '213502388',
      titre: 'Actes de la commune',
      par_page: '30',
      couleur: '#005a9c',
      couleur_fond: '#ffffff',
      couleur_texte: '#1f2330',
      nature: '1,5',
      classification: '7',
      acte_du: '2023-01-01',
    });
  });

  it('never override the URL: a theme or colour keeps the stored colours out, any search state the presets', () => {
    const m = merged('siren=213502388&titre=Mes%20actes&theme=vert-tours&recherche=voirie');
    expect(m).toEqual({
      siren: '213502388',
      titre: 'Mes actes',
      theme: 'vert-tours',
      recherche: 'voirie',
      par_page: '30',
    });
  });

  it('are optional', () => {
    expect(Object.fromEntries(mergeSettings(new URLSearchParams('siren=1'), null))).toEqual({
      siren: '1',
    });
    expect(sirenOf(new URLSearchParams('siren=213 502 388'))).toBe('213502388');
    expect(sirenOf(new URLSearchParams('siren=abc'))).toBeNull();
  });
});
