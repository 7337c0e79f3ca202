import { xmlEscape } from '../../infra/xml/xml-escape.js';
import { resolveNode, typeOf, wrapperKey, type SchemaNode } from './decp-schema-walk.js';
import type { DecpKind } from './decp-record.js';

/** One element as plain data: name, line, text (leaf, trimmed) and children in order. */
export interface XmlNodeData {
  name: string;
  line: number;
  text: string;
  children: XmlNodeData[];
}

/** JSON name → XSD name where the two official formats disagree (formats.md §5.4). */
const XML_NAME: Record<string, string> = {
  modificationActeSousTraitance: 'modificationActesSousTraitance',
};
const JSON_NAME: Record<string, string> = Object.fromEntries(
  Object.entries(XML_NAME).map(([j, x]) => [x, j]),
);
const xmlName = (k: string) => XML_NAME[k] ?? k;
const jsonName = (k: string) => JSON_NAME[k] ?? k;

const TRUE = new Set(['oui', 'true', '1']);
const FALSE = new Set(['non', 'false', '0']);

/**
 * One `<marche>` or `<contrat-concession>` element → the JSON shape of format 2.0, led by the
 * official JSON Schema (lists, wrappers, numbers, booleans). Values that do not convert are kept
 * as text so that the JSON Schema reports them with their place.
 */
export function xmlRecordToJson(
  root: SchemaNode,
  kind: DecpKind,
  el: XmlNodeData,
): Record<string, unknown> {
  const def = resolveNode(root, { $ref: `#/definitions/${kind}` });
  return convertObject(root, def, el);
}

function convertObject(root: SchemaNode, node: SchemaNode, el: XmlNodeData) {
  const out: Record<string, unknown> = {};
  const props = node.properties ?? {};
  for (const child of el.children) {
    const key = jsonName(child.name);
    const prop = resolveNode(root, props[key]);
    const t = typeOf(prop);
    if (t === 'array') {
      const wrapper = wrapperKey(root, prop);
      if (wrapper && child.children.length > 0) {
        // <titulaires><titulaire>…</titulaire></titulaires> → [{"titulaire": {…}}]
        out[key] = child.children.map((c) => {
          const itemDef = resolveNode(root, prop.items);
          const inner = resolveNode(root, itemDef.properties?.[jsonName(c.name)]);
          return { [jsonName(c.name)]: convertValue(root, inner, c) };
        });
      } else if (wrapper) {
        out[key] = [];
      } else {
        // <technique> repeated inside <techniques>: the parent object holds the array.
        const list = (out[key] as unknown[]) ?? [];
        list.push(convertValue(root, resolveNode(root, prop.items), child));
        out[key] = list;
      }
    } else {
      const value = convertValue(root, prop, child);
      if (value !== undefined) {
        out[key] = value;
      }
    }
  }
  return out;
}

function convertValue(root: SchemaNode, node: SchemaNode, el: XmlNodeData): unknown {
  const t = typeOf(node);
  if (t === 'object' || (t === undefined && el.children.length > 0)) {
    return convertObject(root, node, el);
  }
  const text = el.text;
  if (t === 'number' || t === 'integer') {
    if (text === '') {
      return undefined; // <origineUE/>: the XSD's empty element means « not given »
    }
    const n = Number(text);
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) && Number.isFinite(n) ? n : text;
  }
  if (t === 'boolean') {
    const v = text.toLowerCase();
    return TRUE.has(v) ? true : FALSE.has(v) ? false : text;
  }
  return text;
}

/** A 2.0 JSON record → its XML element (XSD 2.0.2 names), indented by `pad`. */
export function jsonRecordToXml(
  root: SchemaNode,
  kind: DecpKind,
  record: Record<string, unknown>,
  pad = '  ',
): string {
  const def = resolveNode(root, { $ref: `#/definitions/${kind}` });
  return element(root, def, kind, record, pad);
}

function element(
  root: SchemaNode,
  node: SchemaNode,
  name: string,
  value: unknown,
  pad: string,
): string {
  const tag = xmlName(name);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = node.properties ?? {};
    const inner: string = Object.entries(value as Record<string, unknown>)
      .map(([k, v]): string => {
        const prop = resolveNode(root, props[k]);
        if (Array.isArray(v)) {
          const wrapper = wrapperKey(root, prop);
          if (wrapper) {
            const itemDef = resolveNode(root, prop.items);
            const items: string = v
              .map((item): string => {
                const [ik, iv] = Object.entries(item as Record<string, unknown>)[0] ?? [];
                return ik
                  ? element(root, resolveNode(root, itemDef.properties?.[ik]), ik, iv, `${pad}    `)
                  : '';
              })
              .join('');
            return `${pad}  <${xmlName(k)}>\n${items}${pad}  </${xmlName(k)}>\n`;
          }
          const itemNode = resolveNode(root, prop.items);
          return v.map((item): string => element(root, itemNode, k, item, `${pad}  `)).join('');
        }
        return element(root, prop, k, v, `${pad}  `);
      })
      .join('');
    return `${pad}<${tag}>\n${inner}${pad}</${tag}>\n`;
  }
  return `${pad}<${tag}>${xmlEscape(scalarText(value))}</${tag}>\n`;
}

function scalarText(v: unknown): string {
  if (typeof v === 'number') {
    // xs:decimal: no exponent.
    return Number.isInteger(v) ? String(v) : v.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  }
  return typeof v === 'boolean' ? String(v) : String(v ?? '');
}
