import { beforeAll, describe, expect, it } from 'vitest';
import {
  decpFixture,
  DECP_JSON_EXAMPLES,
  DECP_XML_EXAMPLES,
} from '../../../test/fixtures/shared-fixtures.js';
import { readDecp } from './decp-reader.js';
import { DecpSchemas } from './decp-schemas.js';
import { jsonRecordToXml } from './decp-xml.js';

const schemas = new DecpSchemas();
beforeAll(() => schemas.loadXsd());

describe('DECP reader on the official examples', () => {
  it.each(DECP_JSON_EXAMPLES)('accepts every record of %s', (file) => {
    const text = decpFixture(file);
    const r = readDecp(text, schemas);
    expect(r.errors).toEqual([]);
    expect(r.accepted.length).toBe(r.total);
    expect(r.total).toBeGreaterThan(0);
    // Records equal the file's.
    const doc = JSON.parse(text).marches;
    for (const a of r.accepted) {
      expect(a.record).toEqual(doc[a.kind][a.index]);
    }
  });

  it.each(DECP_XML_EXAMPLES)(
    'accepts every record of %s, XSD-valid again once re-written',
    (file) => {
      const r = readDecp(decpFixture(file), schemas);
      expect(r.errors).toEqual([]);
      expect(r.total).toBeGreaterThan(0);
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<marches>\n${r.accepted
        .map((a) => jsonRecordToXml(schemas.root, a.kind, a.record))
        .join('')}</marches>\n`;
      expect(schemas.xsd.validate(xml)).toEqual([]);
      const again = readDecp(xml, schemas);
      expect(again.accepted.map((a) => a.record)).toEqual(r.accepted.map((a) => a.record));
    },
  );

  it('JSON examples written as XML pass the XSD and read back equal', () => {
    for (const file of DECP_JSON_EXAMPLES) {
      const r = readDecp(decpFixture(file), schemas);
      const xml = `<marches>\n${r.accepted
        .map((a) => jsonRecordToXml(schemas.root, a.kind, a.record))
        .join('')}</marches>\n`;
      expect(schemas.xsd.validate(xml), file).toEqual([]);
      expect(
        readDecp(xml, schemas).accepted.map((a) => a.record),
        file,
      ).toEqual(r.accepted.map((a) => a.record));
    }
  });
});

describe('DECP reader on bad input', () => {
  const one = () => JSON.parse(decpFixture('exemples/json/marches_avec_modifications.json'));

  it('refuses a 1.5 file (array root, _type), saying so', () => {
    const legacy = {
      marches: [
        {
          _type: 'Marché',
          uid: '2175000163006620190001',
          id: '20190001',
          acheteur: { id: '21750001630066', nom: 'Commune' },
          nature: 'Marché',
          objet: 'Travaux',
          codeCPV: '45000000',
          procedure: 'Procédure adaptée',
          lieuExecution: { code: '75056', typeCode: 'Code commune', nom: 'Paris' },
          dureeMois: 12,
          dateNotification: '2019-03-01',
          datePublicationDonnees: '2019-03-10',
          montant: 50000,
          formePrix: 'Ferme',
          titulaires: [
            { typeIdentifiant: 'SIRET', id: '55204599900869', denominationSociale: 'X' },
          ],
          modifications: [],
        },
      ],
    };
    expect(() => readDecp(JSON.stringify(legacy), schemas)).toThrow(
      expect.objectContaining({
        code: 'procurement/legacy_format',
        message: expect.stringMatching(/format DECP 1\.x/),
      }),
    );
    // The same records under a 2.0 root are still 1.x records.
    expect(() =>
      readDecp(JSON.stringify({ marches: { marche: legacy.marches } }), schemas),
    ).toThrow(expect.objectContaining({ code: 'procurement/legacy_format' }));
  });

  it('refuses invalid JSON and a wrong shape with stable codes', () => {
    expect(() => readDecp('{"marches": ', schemas)).toThrow(
      expect.objectContaining({ code: 'procurement/invalid_json' }),
    );
    expect(() => readDecp('{"contrats": []}', schemas)).toThrow(
      expect.objectContaining({ code: 'procurement/wrong_shape' }),
    );
    expect(() => readDecp('bonjour', schemas)).toThrow(
      expect.objectContaining({ code: 'procurement/unknown_format' }),
    );
  });

  it('refuses XML with an entity declaration without expanding it', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><marches><marche><id>&b;</id></marche></marches>`;
    expect(() => readDecp(bomb, schemas)).toThrow(
      expect.objectContaining({ code: 'procurement/xml_doctype' }),
    );
    expect(() => readDecp('<marches><marche>', schemas)).toThrow(
      expect.objectContaining({ code: 'procurement/invalid_xml' }),
    );
  });

  it('keeps the valid records when one lacks a required field, with its index, id and pointer', () => {
    const doc = one();
    const good = doc.marches.marche[0];
    const bad = { ...structuredClone(good), id: 'SANSOBJET' };
    delete bad.objet;
    doc.marches.marche = [good, bad, { ...structuredClone(good), id: 'AUTRE' }];
    const r = readDecp(JSON.stringify(doc), schemas);
    expect(r.accepted.map((a) => a.record.id)).toEqual([good.id, 'AUTRE']);
    expect(r.errors).toEqual([
      expect.objectContaining({
        index: 1,
        decpId: 'SANSOBJET',
        path: '/marches/marche/1',
        message: 'Champ obligatoire manquant : objet (objet).',
      }),
    ]);
  });

  it('repairs numbers as strings and empty optional lists with a warning; reports a bad CPV', () => {
    const doc = one();
    const m = doc.marches.marche[0];
    m.montant = '12000.50';
    m.modifications = [];
    const cpv = { ...structuredClone(m), id: 'CPVKO', codeCPV: '4500000-7' };
    doc.marches.marche = [m, cpv];
    const r = readDecp(JSON.stringify(doc), schemas);
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]!.record.montant).toBe(12000.5);
    expect(r.accepted[0]!.record.modifications).toBeUndefined();
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Nombre écrit comme texte (« 12000.50 ») lu comme 12000.5.',
        expect.stringMatching(/^Liste vide retirée/),
      ]),
    );
    expect(r.errors[0]).toMatchObject({
      decpId: 'CPVKO',
      path: '/marches/marche/1/codeCPV',
      message: expect.stringMatching(/^Code CPV invalide/),
    });
  });

  it('gives the XML path of a defect in an XML file', () => {
    const xml = decpFixture('exemples/xml/Marche.xml').replace(
      /<procedure>[^<]*<\/procedure>/,
      '<procedure>Au hasard</procedure>',
    );
    const r = readDecp(xml, schemas);
    expect(r.accepted).toHaveLength(r.total - 1);
    expect(r.errors[0]).toMatchObject({
      path: '/marches/marche[1]/procedure',
      message: expect.stringMatching(/^Valeur non autorisée pour procédure/),
    });
  });
});
