import { describe, expect, it } from 'vitest';
import { defaultMetadata } from '../../../test/fixtures/deposit.fixture.js';
import { DepositError } from './deposit-error.js';
import { normalizeDate, parsePastellMetadata, pastellIdFromFileName } from './pastell-metadata.js';

const parse = (overrides: Record<string, unknown> = {}) => {
  const m: Record<string, unknown> = { ...defaultMetadata(), ...overrides };
  return parsePastellMetadata(JSON.stringify(m));
};

function errorOf(fn: () => unknown): DepositError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DepositError);
    return err as DepositError;
  }
  throw new Error('expected a DepositError');
}

describe('parsePastellMetadata', () => {
  it('maps a real-shaped metadata.json to a typed deposit', () => {
    const { deposit, warnings } = parsePastellMetadata(
      Buffer.from(JSON.stringify(defaultMetadata())),
      {
        idD: 'aBc1234',
      },
    );
    expect(deposit).toEqual({
      idD: 'aBc1234',
      siren: '213502388',
      entityId: '1187',
      entityName: 'COMMUNE DE RENNES',
      number: 'D2024_001',
      date: '2024-03-06',
      prefectureAckDate: '2024-03-12',
      subject: 'Programme local de l’habitat : bilan à mi-parcours',
      nature: 1,
      natureDetail: null,
      classification: '8.5 Politique de la ville-habitat-logement',
      classificationCode: '8.5',
      classificationLabel: 'Politique de la ville-habitat-logement',
      publicationOpenData: null,
      typePiece: '2 fichier(s) typé(s)',
      files: {
        originals: ['Délibération D2024_001.pdf'],
        stamped: ['022-213502388-20240306-D2024_001-DE-1-1_1.pdf'],
        annexes: ['Annexe 1 - Étude d’impact.pdf'],
      },
    });
    expect(warnings).toEqual([]);
  });

  it('reads POD values 0–3, and treats a missing or empty one as null', () => {
    for (const pod of ['0', '1', '2', '3']) {
      expect(parse({ publication_open_data: pod }).deposit.publicationOpenData).toBe(pod);
    }
    expect(parse({ publication_open_data: 3 }).deposit.publicationOpenData).toBe('3');
    expect(parse({ publication_open_data: '' }).deposit.publicationOpenData).toBeNull();
    expect(parse({ publication_open_data: undefined }).deposit.publicationOpenData).toBeNull();
    expect(errorOf(() => parse({ publication_open_data: '4' })).code).toBe('deposit/invalid_field');
  });

  it('accepts compact and date-time forms, refuses impossible dates', () => {
    expect(
      parse({ date_de_lacte: '20240306', date_ar: '2024-03-12T10:15:00+01:00' }).deposit,
    ).toMatchObject({
      date: '2024-03-06',
      prefectureAckDate: '2024-03-12',
    });
    expect(parse({ date_ar: '' }).deposit.prefectureAckDate).toBeNull();
    const err = errorOf(() => parse({ date_de_lacte: '2024-02-30' }));
    expect(err.code).toBe('deposit/bad_date');
    expect(err.details.field).toBe('date_de_lacte');
    expect(err.message).toMatch(/« date_de_lacte » \(date de l'acte\).*2024-02-30/);
    expect(errorOf(() => parse({ date_de_lacte: '06/03/2024' })).code).toBe('deposit/bad_date');
  });

  it('requires a 9-digit SIREN given as a string', () => {
    for (const siren of ['21350238', '2135023880', '21350238A', 213502388]) {
      const err = errorOf(() => parse({ siren }));
      expect(err.code).toBe('deposit/bad_siren');
      expect(err.message).toMatch(/SIREN/);
    }
  });

  it('reports every missing required field, with the first one as the code', () => {
    const err = errorOf(() => parse({ objet: undefined, numero_de_lacte: '  ', siren: '1' }));
    expect(err.code).toBe('deposit/missing_field');
    expect(err.details.issues?.map((i) => [i.field, i.code])).toEqual([
      ['numero_de_lacte', 'deposit/missing_field'],
      ['objet', 'deposit/missing_field'],
      ['siren', 'deposit/bad_siren'],
    ]);
    expect(err.message).toMatch(/champ obligatoire « objet »/);
  });

  it('validates the nature and the nature-7 detail', () => {
    expect(parse({ acte_nature: '7', nature_autre_detail: 'ld' }).deposit).toMatchObject({
      nature: 7,
      natureDetail: 'LD',
    });
    expect(parse({ acte_nature: 7, nature_autre_detail: undefined }).warnings.join()).toMatch(
      /nature 7/,
    );
    const other = parse({ acte_nature: '2', nature_autre_detail: 'AT' });
    expect(other.deposit.natureDetail).toBeNull();
    expect(other.warnings.join()).toMatch(/ignorée/);
    expect(errorOf(() => parse({ acte_nature: '8' })).code).toBe('deposit/bad_nature');
    expect(errorOf(() => parse({ acte_nature: '7', nature_autre_detail: 'XX' })).code).toBe(
      'deposit/bad_nature',
    );
  });

  it('keeps unknown classification codes as given and refuses a value without a code', () => {
    expect(parse({ classification: '9.99 Inconnu' }).deposit).toMatchObject({
      classificationCode: '9.99',
      classificationLabel: 'Inconnu',
    });
    expect(parse({ classification: '7.2.1 Fiscalité' }).deposit.classificationCode).toBe('7.2.1');
    expect(parse({ classification: '' }).warnings.join()).toMatch(/Classification ACTES absente/);
    expect(errorOf(() => parse({ classification: 'Urbanisme' })).code).toBe(
      'deposit/bad_classification',
    );
  });

  it('needs at least one main document; accepts a single name instead of a list', () => {
    const err = errorOf(() => parse({ arrete: [], acte_tamponne: [] }));
    expect(err.code).toBe('deposit/no_main_document');
    expect(parse({ arrete: 'acte.pdf', acte_tamponne: undefined }).deposit.files.originals).toEqual(
      ['acte.pdf'],
    );
    expect(errorOf(() => parse({ autre_document_attache: [1, 2] })).code).toBe(
      'deposit/invalid_field',
    );
  });

  it('keeps file names untouched (no trimming, no re-encoding)', () => {
    const name = ' Annexe n°1 – « œuvre » 🎉.pdf';
    expect(parse({ autre_document_attache: [name] }).deposit.files.annexes).toEqual([name]);
  });

  it('refuses non-JSON, non-object and non-UTF-8 content', () => {
    expect(errorOf(() => parsePastellMetadata("{'a': 1,")).code).toBe('deposit/invalid_json');
    expect(errorOf(() => parsePastellMetadata("{'a': 1,")).message).toMatch(/ligne 1, colonne 2/);
    expect(errorOf(() => parsePastellMetadata('[1]')).code).toBe('deposit/invalid_json');
    expect(errorOf(() => parsePastellMetadata(Buffer.from([0x7b, 0xff, 0x7d]))).code).toBe(
      'deposit/invalid_json',
    );
  });

  it('ignores connector flags, warns about other unknown keys, strips a BOM', () => {
    const m = { ...defaultMetadata(), envoi_tdt: 'checked', nouvelle_cle: 'x' };
    const { warnings } = parsePastellMetadata(`\uFEFF${JSON.stringify(m)}`);
    expect(warnings).toEqual(['Clé inconnue ignorée dans metadata.json : « nouvelle_cle ».']);
  });

  it('warns when the acknowledgement date precedes the act date', () => {
    expect(parse({ date_ar: '2024-03-01' }).warnings.join()).toMatch(/précède/);
  });
});

describe('normalizeDate', () => {
  it('normalises to YYYY-MM-DD and refuses what is not a real date', () => {
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
    expect(normalizeDate('2023-02-29')).toBeNull();
    expect(normalizeDate('2024-13-01')).toBeNull();
    expect(normalizeDate('1850-01-01')).toBeNull();
    expect(normalizeDate('2024-03-06 10:00:00')).toBe('2024-03-06');
  });
});

describe('pastellIdFromFileName', () => {
  it('takes the text before the first - or _', () => {
    expect(pastellIdFromFileName('iHXJnB8.zip')).toBe('iHXJnB8');
    expect(pastellIdFromFileName('/in/iHXJnB8-2.zip')).toBe('iHXJnB8');
    expect(pastellIdFromFileName('iHXJnB8_copie.ZIP')).toBe('iHXJnB8');
    expect(pastellIdFromFileName('dépôt.zip')).toBeNull();
    expect(pastellIdFromFileName('iHXJnB8.pdf')).toBeNull();
  });
});
