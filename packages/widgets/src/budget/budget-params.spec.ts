import { describe, expect, it, vi } from 'vitest';
import { budgetQuery, parseConfig, parseState } from './budget-params';

describe('budget widget URL parameters', () => {
  it('reads the French parameters', () => {
    const url =
      'siren=253514491&annee=2022&etab=25351449100047&etape=dm-2&vue=nature&section=investissement&chemin_depenses=21,2183&graphique=depenses&couleur=1f4e8c';
    const config = parseConfig(url);
    const state = parseState(url);
    expect(config).toMatchObject({ siren: '253514491', chart: 'depenses', colour: '#1f4e8c' });
    expect(state).toEqual({
      year: 2022,
      siret: '25351449100047',
      stage: { stage: 'DM', number: 2 },
      view: 'nature',
      section: 'investissement',
      expensePath: ['21', '2183'],
      revenuePath: [],
      trend: 'depenses',
      operations: 'reelles',
    });
  });

  it('reads and writes back the choice of including order operations', () => {
    expect(parseState('operations=toutes').operations).toBe('toutes');
    const warn = vi.fn();
    expect(parseState('operations=ordre', warn).operations).toBe('reelles');
    expect(warn).toHaveBeenCalledTimes(1);
    const url = 'siren=253514491&annee=2022&operations=toutes';
    expect(budgetQuery(parseConfig(url), parseState(url)).toString()).toBe(url);
    // The default (real operations only) is left out of the URLs the widget builds.
    expect(budgetQuery(parseConfig('siren=253514491'), parseState('')).has('operations')).toBe(
      false,
    );
  });

  it('reads chart titles chosen by the integrator and keeps them in the URLs it builds', () => {
    const url = 'siren=253514491&titre_depenses=O%C3%B9+va+l%E2%80%99argent&titre_top_depenses=Top';
    const config = parseConfig(url);
    expect(config.titles).toEqual({ depenses: 'Où va l’argent', 'top-depenses': 'Top' });
    expect(budgetQuery(config, parseState(url)).get('titre_depenses')).toBe('Où va l’argent');
  });

  it('accepts the former white label stage names', () => {
    expect(parseState('etape=administratif').stage).toEqual({ stage: 'CA', number: null });
    expect(parseState('etape=primitif').stage).toEqual({ stage: 'BP', number: null });
    expect(parseState('etape=CFU').stage).toEqual({ stage: 'CFU', number: null });
  });

  it('replaces an invalid value by its default and warns the integrator', () => {
    const warn = vi.fn();
    const state = parseState(
      'annee=22&etab=123&etape=ca-2&vue=camembert&chemin_recettes=<x>',
      warn,
    );
    expect(state).toMatchObject({
      year: null,
      siret: null,
      stage: null,
      view: 'fonction',
      revenuePath: [],
    });
    expect(warn).toHaveBeenCalledTimes(5);
    expect(parseConfig('graphique=radar', warn).chart).toBeNull();
  });

  it('writes back a shareable URL that reads the same', () => {
    const url = 'siren=253514491&annee=2021&etab=25351449100047&etape=ca&chemin_recettes=73';
    const q = budgetQuery(parseConfig(url), parseState(url));
    expect(q.toString()).toBe(url);
    expect(parseState(q)).toEqual(parseState(url));
  });
});
