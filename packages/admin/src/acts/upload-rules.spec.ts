import { describe, expect, it } from 'vitest';
import { fileProblems, mainFileKind } from './upload-rules';

const file = (name: string, type = '', size = 10) =>
  new File([new Uint8Array(size)], name, { type });

describe('files of an act created by upload', () => {
  it('asks for a PDF main document, or for a budget its TOTEM file (XML)', () => {
    expect(fileProblems(null, [])).toEqual(['Joignez le document principal (PDF).']);
    expect(fileProblems(null, [], 'BUDGET')).toEqual([
      'Joignez le document principal (PDF, ou fichier budgétaire TOTEM en XML).',
    ]);
    expect(fileProblems(file('ca-2021.xml', 'text/xml'), [], 'DELIBERATION')).toEqual([
      '« ca-2021.xml » : le document principal doit être un PDF.',
    ]);
    expect(fileProblems(file('ca-2021.xml', 'text/xml'), [], 'BUDGET')).toEqual([]);
    expect(fileProblems(file('bp.XML'), [], 'BUDGET')).toEqual([]);
    expect(fileProblems(file('budget.pdf', 'application/pdf'), [], 'BUDGET')).toEqual([]);
    expect(fileProblems(file('note.txt'), [], 'BUDGET')).toEqual([
      '« note.txt » : le document principal doit être un PDF ou le fichier budgétaire TOTEM (XML).',
    ]);
  });

  it('offers the matching files in the picker', () => {
    expect(mainFileKind('BUDGET').accept).toContain('.xml');
    expect(mainFileKind('DELIBERATION').accept).not.toContain('.xml');
  });

  it('refuses empty files and unaccepted annexes', () => {
    expect(
      fileProblems(file('acte.pdf', 'application/pdf', 0), [file('script.js')], 'DELIBERATION'),
    ).toEqual([
      '« script.js » : type de fichier non accepté (PDF, images, bureautique, CSV).',
      '« acte.pdf » est vide.',
    ]);
  });
});
