import { describe, expect, it } from 'vitest';
import { previewUrl, snippet, type WidgetDraft } from './widget-url';

const draft: WidgetDraft = {
  title: 'Délibérations de Crach',
  primaryColor: '#a3001b',
  backgroundColor: '#ffffff',
  textColor: '#1a1a1a',
  natures: ['DELIBERATION', 'REGULATORY'],
  classification: '7.1',
  period: 'year',
  year: 2024,
  dateFrom: '2024-01-01',
  dateTo: null,
  pageSize: 20,
};

describe('widget URLs and snippet', () => {
  it('spells every setting in the preview URL', () => {
    const url = new URL(previewUrl('https://opendata.example', '215600461', draft));
    expect(url.pathname).toBe('/widgets/actes/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      siren: '215600461',
      titre: 'Délibérations de Crach',
      couleur: '#a3001b',
      couleur_fond: '#ffffff',
      couleur_texte: '#1a1a1a',
      par_page: '20',
      nature: '1,2',
      classification: '7.1',
      annee: '2024',
    });
    const range = new URL(
      previewUrl('https://x', '215600461', { ...draft, period: 'range', dateTo: '2024-06-30' }),
    );
    expect(range.searchParams.get('annee')).toBeNull();
    expect(range.searchParams.get('acte_du')).toBe('2024-01-01');
    expect(range.searchParams.get('acte_au')).toBe('2024-06-30');
  });

  it('gives a titled, lazy iframe and the auto-height script, escaped', () => {
    const html = snippet('https://opendata.example', '215600461', 'Actes de « Saint-Jean" & <cie>');
    expect(html).toContain('src="https://opendata.example/widgets/actes/?siren=215600461"');
    expect(html).toContain('title="Actes de « Saint-Jean&quot; &amp; &lt;cie>"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('style="width:100%;border:0;height:600px"');
    expect(html).toContain(
      '<script src="https://opendata.example/widgets/embed.js" async></script>',
    );
  });
});
