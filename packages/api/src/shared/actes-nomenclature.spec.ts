import { describe, expect, it } from 'vitest';
import { pastellManifest, sharedFixturesSkipReason } from '../../test/fixtures/shared-fixtures.js';
import {
  classificationText,
  storedClassificationLabel,
  ACTES_LEVEL2,
  describeClassification,
  isActesLevel1Label,
  scdlPart,
  splitClassification,
} from './actes-nomenclature.js';

describe('describeClassification', () => {
  it('describes a known level-2 code with its SCDL matière name', () => {
    expect(describeClassification('8.5')).toEqual({
      code: '8.5',
      level1Code: '8',
      level2Code: '8.5',
      level1Label: 'Domaines de compétences par thèmes',
      level2Label: 'Politique de la ville-habitat-logement',
      label: 'Politique de la ville-habitat-logement',
      known: true,
      matiereNom: 'domaines de compétences par thèmes/politique de la ville-habitat-logement',
    });
  });

  it('keeps deeper prefecture levels as given and describes their level 2', () => {
    expect(describeClassification(' 7.2.1 ')).toMatchObject({
      code: '7.2.1',
      level2Code: '7.2',
      label: 'Fiscalité',
      known: true,
      matiereNom: 'finances locales/fiscalité',
    });
  });

  it('marks unknown codes as unknown without failing', () => {
    expect(describeClassification('9.99')).toEqual({
      code: '9.99',
      level1Code: '9',
      level2Code: '9.99',
      level1Label: 'Autres domaines de compétences',
      level2Label: null,
      label: 'Autres domaines de compétences',
      known: false,
    });
    expect(describeClassification('12.1')).toMatchObject({ known: false, label: null });
    expect(describeClassification('Inconnu')).toMatchObject({
      code: 'Inconnu',
      level1Code: null,
      known: false,
    });
    expect(describeClassification('7')).toMatchObject({
      level2Code: null,
      label: 'Finances locales',
      known: false,
    });
  });

  it('writes every matière name in the SCDL form', () => {
    expect(describeClassification('1.5').matiereNom).toBe(
      "commande publique/transactions-protocole d'accord transactionnel",
    );
    expect(describeClassification('7.9').matiereNom).toBe(
      'finances locales/prise de participation sem etc.',
    );
    expect(describeClassification('6.1').matiereNom).toBe(
      'libertés publiques et pouvoirs de police/police municipale',
    );
    for (const code of Object.keys(ACTES_LEVEL2)) {
      const nom = describeClassification(code).matiereNom!;
      expect(nom.split('/'), code).toHaveLength(2);
      expect(nom, code).not.toMatch(/[(),A-ZÀ-Ý]| \/|\/ /);
      expect(isActesLevel1Label(nom.split('/')[0]), code).toBe(true);
    }
  });
});

describe('splitClassification', () => {
  it('splits a Pastell value into code and label', () => {
    expect(splitClassification('8.5 Politique de la ville-habitat-logement')).toEqual({
      code: '8.5',
      label: 'Politique de la ville-habitat-logement',
    });
    expect(splitClassification('9.2')).toEqual({ code: '9.2', label: null });
    expect(splitClassification('Urbanisme')).toBeNull();
  });
});

describe('labels', () => {
  it('compares level-1 labels ignoring case and accents', () => {
    expect(isActesLevel1Label('LIBERTES PUBLIQUES ET POUVOIRS DE POLICE')).toBe(true);
    expect(isActesLevel1Label('Libertes publiques et pourvoirs de police')).toBe(false);
    expect(scdlPart('Prise de participation (SEM, etc.)')).toBe('prise de participation sem etc.');
  });
});

const skip = sharedFixturesSkipReason();

describe.skipIf(skip !== undefined)('nomenclature against the Pastell manifest', () => {
  it('gives the labels the manifest expects', () => {
    for (const d of pastellManifest().deposits.filter((x) => x.expected)) {
      const e = d.expected!;
      const c = describeClassification(e.classification_code);
      expect(c.known, d.file).toBe(e.classification_known);
      expect(c.level2Code, d.file).toBe(e.classification_level2);
      if (e.classification_known) {
        expect([c.level1Label, c.level2Label], d.file).toEqual([e.level1_label, e.level2_label]);
      }
    }
  });
});

describe('classificationText and storedClassificationLabel', () => {
  it('shows a national code with its label and an unknown one as such, never with a made-up label', () => {
    expect(classificationText('8.5')).toBe('8.5 Politique de la ville-habitat-logement');
    expect(classificationText('9.99')).toBe('9.99 — code inconnu');
    expect(classificationText('9.99', 'Nouvelle matière')).toBe(
      '9.99 — code inconnu (Nouvelle matière)',
    );
    expect(storedClassificationLabel('9.99')).toBeNull();
    expect(storedClassificationLabel('9.99', ' Nouvelle matière ')).toBe('Nouvelle matière');
    expect(storedClassificationLabel('8.5', 'Libellé préfecture')).toBe(
      'Politique de la ville-habitat-logement',
    );
  });
});
