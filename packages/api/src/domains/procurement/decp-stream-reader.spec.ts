import { describe, expect, it } from 'vitest';
import { manyMarches } from '../../../test/support/procurement-fixtures.js';
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
});
