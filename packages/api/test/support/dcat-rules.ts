import jsonld from 'jsonld';
import { Parser, Store, type Term } from 'n3';

/** Namespaces the harvester reads (datagouv.md §2). */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  foaf: 'http://xmlns.com/foaf/0.1/',
};
export const TYPE = `${NS.rdf}type`;

export function parseTurtle(text: string, baseIRI?: string): Store {
  return new Store(new Parser({ format: 'text/turtle', baseIRI }).parse(text));
}

/** JSON-LD read as the harvester's parser would (to RDF), context inline (no loader allowed). */
export async function parseJsonLd(text: string): Promise<Store> {
  const doc = JSON.parse(text);
  const nquads = (await jsonld.toRDF(doc, {
    format: 'application/n-quads',
    documentLoader: async (url: string) => {
      throw new Error(`remote context fetched: ${url}`);
    },
  })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export const one = (store: Store, s: Term, p: string): Term[] => store.getObjects(s, p, null);

export const subjectsOfType = (store: Store, type: string): Term[] =>
  store.getSubjects(TYPE, type, null);

/**
 * Checks one catalogue page against the harvester's rules (datagouv.md §2.2–2.5); returns the
 * list of broken rules (empty when the page is harvestable).
 */
export function harvesterProblems(store: Store, now = new Date()): string[] {
  const problems: string[] = [];
  const views = subjectsOfType(store, `${NS.hydra}PartialCollectionView`);
  if (views.length !== 1) {
    problems.push(`expected one hydra:PartialCollectionView, got ${views.length}`);
  }
  const ids = new Set<string>();
  for (const ds of subjectsOfType(store, `${NS.dcat}Dataset`)) {
    const idents = one(store, ds, `${NS.dct}identifier`);
    if (idents.length !== 1 || idents[0]!.termType !== 'Literal') {
      problems.push(`${ds.value}: dct:identifier missing or not one literal`);
    } else if (ids.has(idents[0]!.value)) {
      problems.push(`${ds.value}: duplicate identifier ${idents[0]!.value}`);
    } else {
      ids.add(idents[0]!.value);
    }
    if (one(store, ds, `${NS.dct}title`).length === 0) {
      problems.push(`${ds.value}: dct:title missing`);
    }
    for (const t of one(store, ds, `${NS.dct}temporal`)) {
      if (t.termType !== 'BlankNode') {
        problems.push(`${ds.value}: dct:temporal is not a blank node (it would be dereferenced)`);
      }
    }
    for (const m of one(store, ds, `${NS.dct}modified`)) {
      if (new Date(m.value) > now) {
        problems.push(`${ds.value}: dct:modified in the future`);
      }
    }
    const license = one(store, ds, `${NS.dct}license`);
    if (license.length !== 1 || license[0]!.termType !== 'NamedNode') {
      problems.push(`${ds.value}: dct:license missing`);
    }
    for (const dist of one(store, ds, `${NS.dcat}distribution`)) {
      const urls = [
        ...one(store, dist, `${NS.dcat}downloadURL`),
        ...one(store, dist, `${NS.dcat}accessURL`),
      ];
      if (urls.length === 0) {
        problems.push(`${dist.value}: no dcat:downloadURL nor dcat:accessURL`);
      }
      for (const u of urls) {
        if (u.termType !== 'NamedNode' || /[?#]/.test(u.value)) {
          problems.push(`${dist.value}: unstable or non-IRI URL ${u.value}`);
        }
      }
      for (const mt of one(store, dist, `${NS.dcat}mediaType`)) {
        if (!mt.value.startsWith('https://www.iana.org/assignments/media-types/')) {
          problems.push(`${dist.value}: media type ${mt.value} is not an https IANA IRI`);
        }
      }
      for (const f of one(store, dist, `${NS.dct}format`)) {
        if (f.termType === 'BlankNode') {
          problems.push(`${dist.value}: blank-node dct:format`);
        }
      }
      for (const m of one(store, dist, `${NS.dct}modified`)) {
        if (new Date(m.value) > now) {
          problems.push(`${dist.value}: dct:modified in the future`);
        }
      }
    }
  }
  return problems;
}
