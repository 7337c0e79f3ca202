import { describe, expect, it } from 'vitest';
import {
  budgetDraftProblems,
  budgetSnippet,
  budgetWidgetUrl,
  emptyBudgetDraft,
} from './budget-widget-url';

const origin = 'https://opendata.example';

describe('budget widget URL and snippet', () => {
  it('spells the title, colour and chart titles in the URL', () => {
    const d = emptyBudgetDraft('Crach');
    d.colour = '#A3001B';
    d.titles.depenses = 'Où va l’argent ?';
    const url = new URL(budgetWidgetUrl(origin, '215600461', d));
    expect(url.pathname).toBe('/widgets/budget/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      siren: '215600461',
      titre: 'Budget de Crach',
      couleur: 'a3001b',
      titre_depenses: 'Où va l’argent ?',
    });
  });

  it('embeds one chart alone with its own title, others left out', () => {
    const d = emptyBudgetDraft('Crach');
    d.chart = 'top-depenses';
    d.titles.depenses = 'ignored';
    d.titles['top-depenses'] = 'Nos 5 plus gros postes';
    const code = budgetSnippet(origin, '215600461', d);
    expect(code).toContain('graphique=top-depenses');
    expect(code).toContain('titre_top_depenses=Nos+5+plus+gros+postes');
    expect(code).not.toContain('titre_depenses');
    expect(code).toContain('title="Nos 5 plus gros postes — Budget de Crach"');
    expect(code).toContain(`<script src="${origin}/widgets/embed.js" async></script>`);
  });

  it('escapes the title and reports what must be fixed', () => {
    const d = emptyBudgetDraft('A "B" <C>');
    expect(budgetSnippet(origin, '215600461', d)).toContain(
      'title="Budget de A &quot;B&quot; &lt;C>"',
    );
    expect(budgetDraftProblems({ ...d, title: ' ', colour: 'rouge' })).toEqual([
      'Le titre est obligatoire (120 caractères au plus).',
      'Couleur principale : format #RRGGBB attendu.',
    ]);
  });
});
