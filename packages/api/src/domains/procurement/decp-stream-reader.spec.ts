import { describe, expect, it } from 'vitest';
import { manyMarches, manyMarchesXml } from '../../../test/support/procurement-fixtures.js';
import { DecpSchemas } from './decp-schemas.js';
import { DecpStreamReader } from './decp-stream-reader.js';

const schemas = new DecpSchemas();

/** The text as 16 KB chunks, counting how many the reader has taken. */
function source(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const state = { taken: 0, total: Math.ceil(bytes.length / 16384) };
  const chunks = (async function* () {
    for (let i = 0; i < bytes.length; i += 16384) {
      state.taken++;
      yield bytes.subarray(i, i + 16384);
    }
  })();
  return { state, chunks };
}

describe('DECP stream reader', () => {
  it('gives out a large file record by record, never holding it whole', async () => {
    const { state, chunks } = source(manyMarches(5000));
    expect(state.total).toBeGreaterThan(100);
    const reader = new DecpStreamReader(schemas);
    const takenAt: number[] = [];
    let accepted = 0;
    for await (const o of reader.read(chunks)) {
      takenAt.push(state.taken);
      accepted += o.accepted ? 1 : 0;
      expect(o.errors).toEqual([]);
    }
    expect(reader.format).toBe('JSON');
    expect(accepted).toBe(5000);
    // The first record comes out after the first chunk, the 2,500th before half the file is read.
    expect(takenAt[0]).toBe(1);
    expect(takenAt[2499]!).toBeLessThan(state.total / 2 + 2);
    expect(new Set(takenAt).size).toBeGreaterThan(state.total - 2);
  }, 120_000);

  it('stops at a syntax error after N records with a French message', async () => {
    const { chunks } = source(manyMarches(300, 'GEN', 120));
    const seen: number[] = [];
    const read = async () => {
      for await (const o of new DecpStreamReader(schemas).read(chunks)) {
        seen.push(o.index);
      }
    };
    await expect(read()).rejects.toMatchObject({
      code: 'procurement/invalid_json',
      message: expect.stringMatching(
        /^Le fichier n’est pas un JSON valide \(erreur de syntaxe après au moins 1\d\d enregistrement\(s\) lu\(s\)\).*Aucun enregistrement du fichier n’a été importé\.$/,
      ),
    });
    // Records of the chunk holding the error are not given out; none after it.
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.length).toBeLessThanOrEqual(120);
  });

  it('refuses a 1.x file and a wrong shape whatever the chunking', async () => {
    const legacy = JSON.stringify({ marches: [{ _type: 'Marché', uid: 'x', id: '1' }] });
    const wrong = `{"autre": {"x": [1, 2, {"y": 3}]}, "contrats": []}`;
    for (const [text, code] of [
      [legacy, 'procurement/legacy_format'],
      [wrong, 'procurement/wrong_shape'],
      ['   ', 'procurement/unknown_format'],
    ] as const) {
      const chunks = (async function* () {
        for (const c of text) {
          yield Buffer.from(c);
        }
      })();
      const read = async () => {
        for await (const _ of new DecpStreamReader(schemas).read(chunks)) {
          void _;
        }
      };
      await expect(read(), code).rejects.toMatchObject({ code });
    }
  });

  it('gives out a large XML file record by record, each checked against the XSD', async () => {
    const { state, chunks } = source(manyMarchesXml(3000));
    expect(state.total).toBeGreaterThan(100);
    const reader = new DecpStreamReader(schemas);
    const takenAt: number[] = [];
    let accepted = 0;
    for await (const o of reader.read(chunks)) {
      takenAt.push(state.taken);
      accepted += o.accepted ? 1 : 0;
      expect(o.errors).toEqual([]);
    }
    expect(reader.format).toBe('XML');
    expect(accepted).toBe(3000);
    expect(takenAt[0]).toBe(1);
    expect(takenAt[1499]!).toBeLessThan(state.total / 2 + 2);
    expect(new Set(takenAt).size).toBeGreaterThan(state.total - 2);
  }, 120_000);

  it('reports an XSD defect of one XML record with its path, the others kept', async () => {
    const text = manyMarchesXml(20)
      .replace('<montant>1005</montant>', '<montant>0</montant>')
      .replace(/(<id>GEN000012<\/id>)/, '$1<inconnu>x</inconnu>');
    const outcomes = [];
    for await (const o of new DecpStreamReader(schemas).read(source(text).chunks)) {
      outcomes.push(o);
    }
    expect(outcomes.filter((o) => o.accepted)).toHaveLength(18);
    const refused = outcomes.filter((o) => !o.accepted);
    expect(refused.map((o) => o.errors[0])).toEqual([
      expect.objectContaining({
        index: 5,
        decpId: 'GEN000005',
        path: '/marches/marche[6]/montant',
        message: expect.stringMatching(/montant/),
      }),
      expect.objectContaining({
        index: 12,
        decpId: 'GEN000012',
        message: expect.stringMatching(/inconnu/),
      }),
    ]);
  });

  it('stops at malformed XML after N records, and refuses a DOCTYPE and a 1.x XML file', async () => {
    const seen: number[] = [];
    const read = async (text: string) => {
      for await (const o of new DecpStreamReader(schemas).read(source(text).chunks)) {
        seen.push(o.index);
      }
    };
    await expect(read(manyMarchesXml(300, 'GEN', 120))).rejects.toMatchObject({
      code: 'procurement/invalid_xml',
      message: expect.stringMatching(/^Le fichier n’est pas un XML bien formé \(ligne \d+\) : /),
    });
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.length).toBeLessThanOrEqual(120);
    const bomb = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><marches><marche><id>&b;</id></marche></marches>`;
    await expect(read(bomb)).rejects.toMatchObject({ code: 'procurement/xml_doctype' });
    const legacy = '<marches><marche><uid>x</uid><_type>Marché</_type></marche></marches>';
    await expect(read(legacy)).rejects.toMatchObject({ code: 'procurement/legacy_format' });
    await expect(read('<contrats><marche/></contrats>')).rejects.toMatchObject({
      code: 'procurement/wrong_shape',
    });
    await expect(read(manyMarchesXml(3).slice(0, -40))).rejects.toMatchObject({
      code: 'procurement/invalid_xml',
    });
  });
});
