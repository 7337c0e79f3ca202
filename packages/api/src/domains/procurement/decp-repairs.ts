import { resolveNode, typeOf, type SchemaNode } from './decp-schema-walk.js';
import type { DecpKind, DecpRecord } from './decp-record.js';

/** An oddity corrected on intake: where, and what was done (French). */
export interface Repair {
  pointer: string;
  message: string;
}

const NUMERIC = /^\s*[+-]?\d+([.,]\d+)?\s*$/;

/**
 * Corrects, in place, the common real-world defects that have one obvious meaning: numbers or
 * booleans written as text, an identifier or CPV code written as a number, empty optional lists
 * (the schema wants them omitted), the `_type` key of 2.0.1/2.0.2 files. Everything else is left
 * for the schema to report.
 */
export function repairRecord(root: SchemaNode, kind: DecpKind, record: DecpRecord): Repair[] {
  const repairs: Repair[] = [];
  if ('_type' in record) {
    delete record._type;
    repairs.push({
      pointer: '/_type',
      message: 'Champ « _type » retiré (format 2.0.1/2.0.2 ; le format 2.0.3 l’interdit).',
    });
  }
  const def = resolveNode(root, { $ref: `#/definitions/${kind}` });
  walkObject(root, def, record, '', repairs);
  return repairs;
}

function walkObject(
  root: SchemaNode,
  node: SchemaNode,
  o: Record<string, unknown>,
  at: string,
  repairs: Repair[],
) {
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, value] of Object.entries(o)) {
    const prop = resolveNode(root, node.properties?.[key]);
    const here = `${at}/${key}`;
    const fixed = repairValue(root, prop, value, here, repairs, key);
    if (fixed === REMOVE && !required.has(key)) {
      delete o[key];
    } else if (fixed !== REMOVE) {
      o[key] = fixed;
    }
  }
}

const REMOVE = Symbol('remove');

function repairValue(
  root: SchemaNode,
  node: SchemaNode,
  value: unknown,
  at: string,
  repairs: Repair[],
  key: string,
): unknown {
  const t = typeOf(node);
  if ((t === 'number' || t === 'integer') && typeof value === 'string' && NUMERIC.test(value)) {
    const n = Number(value.trim().replace(',', '.'));
    repairs.push({
      pointer: at,
      message: `Nombre écrit comme texte (« ${value} ») lu comme ${n}.`,
    });
    return n;
  }
  if (t === 'boolean' && typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', 'oui', '1', 'false', 'non', '0'].includes(v)) {
      const b = ['true', 'oui', '1'].includes(v);
      repairs.push({
        pointer: at,
        message: `Booléen écrit comme texte (« ${value} ») lu comme ${b}.`,
      });
      return b;
    }
  }
  if (t === 'string' && typeof value === 'number') {
    let s = String(value);
    if (key === 'codeCPV' && /^\d{1,7}$/.test(s)) {
      s = s.padStart(8, '0'); // a spreadsheet dropped the leading zero
    }
    repairs.push({
      pointer: at,
      message: `Texte écrit comme nombre (${value}) lu comme « ${s} ».`,
    });
    return s;
  }
  if (t === 'string' && key === 'codeCPV' && typeof value === 'string' && value !== value.trim()) {
    repairs.push({ pointer: at, message: 'Espaces retirés autour du code CPV.' });
    return value.trim();
  }
  if (t === 'array' && Array.isArray(value)) {
    if (value.length === 0 && Number(node.minItems ?? 0) >= 1) {
      repairs.push({
        pointer: at,
        message:
          'Liste vide retirée (le format 2.0 veut qu’une liste facultative vide soit omise).',
      });
      return REMOVE;
    }
    const items = resolveNode(root, node.items);
    return value.map((v, i) => repairValue(root, items, v, `${at}/${i}`, repairs, key));
  }
  if (t === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    walkObject(root, node, value as Record<string, unknown>, at, repairs);
  }
  return value;
}
