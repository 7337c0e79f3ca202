import { describe, expect, it } from 'vitest';
import { describeChange } from './history-display';

describe('describeChange', () => {
  it('describes what changed, in French', () => {
    expect(
      describeChange(
        '{"status":"TO_DECIDE","hidden":false}',
        '{"status":"PUBLISHED","hidden":false}',
      ),
    ).toBe('état : À statuer → Publié');
    expect(describeChange('{"subject":"Ancien"}', '{"subject":"Nouveau"}')).toBe(
      'objet : « Ancien » → « Nouveau »',
    );
    expect(describeChange('{"withheld":false}', '{"withheld":true}')).toBe('retenue : non → oui');
    expect(describeChange(null, '{"subject":"Créé"}')).toBe('objet : « Créé »');
    expect(describeChange('pas du json', null)).toBe('');
  });

  it('tells which rule published an act automatically', () => {
    expect(
      describeChange(
        null,
        '{"status":"PUBLISHED","rule":"choix transmis par Pastell (publication_open_data = 3) : publier"}',
      ),
    ).toBe(
      'état : Publié ; règle : choix transmis par Pastell (publication_open_data = 3) : publier',
    );
    expect(describeChange(null, '{"publicationDecision":"UNDECIDED"}')).toBe(
      'choix de publication transmis : Ne sait pas',
    );
  });
});
