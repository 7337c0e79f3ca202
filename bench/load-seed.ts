// Seeds a platform's database with N acts fast, for the load bench: organisations with open data
// on, acts and their PDFs written through the ORM in batches (no deposits: 100k zips would take
// an hour), then the citizens' search index built by the projection service itself
// (projectOrganization), and the staff index by reindexStaff. The dataset exports those queue
// are dropped (the load bench measures serving, not the nightly files).
import { createApiRuntime, createServices, systemViewer, type Config } from '@opendata/api';
import { minimalPdf } from '@opendata/api/testing';

export const VOCABULARY = [
  'délibération',
  'budget',
  'voirie',
  'école',
  'subvention',
  'urbanisme',
  'marché',
  'personnel',
  'environnement',
  'culture',
  'sport',
  'habitat',
  'transport',
  'assainissement',
  'tarifs',
  'cimetière',
  'bibliothèque',
  'éclairage',
];

/** A valid SIREN (Luhn key) from 8 digits. */
export function siren(n: number): string {
  const base = String(21_000_000 + n * 7919)
    .padStart(8, '0')
    .slice(0, 8);
  for (let key = 0; key <= 9; key++) {
    const s = base + key;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let d = Number(s[8 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    if (sum % 10 === 0) {
      return s;
    }
  }
  throw new Error('unreachable');
}

export interface Seeded {
  sirens: string[];
  /** Acts left to decide, for the bulk publications (by organisation). */
  toDecide: Map<string, string[]>;
}

export async function seedActs(config: Config, acts: number, orgs: number): Promise<Seeded> {
  const runtime = await createApiRuntime(config);
  const { orm, files } = runtime.components;
  const sirens = Array.from({ length: orgs }, (_, i) => siren(i + 1));
  let em = orm.em.fork();
  // Entities by name: the api exports no entity classes to other packages.
  const create = (name: string, data: Record<string, unknown>) =>
    em.create(name as never, data as never) as { id: string };
  const orgIds = sirens.map(
    (s, i) =>
      create('Organization', { siren: s, name: `Commune n° ${i + 1}`, openDataActive: true }).id,
  );
  await em.flush();
  const pdfs = [];
  for (let i = 0; i < 50; i++) {
    pdfs.push(await files.put(minimalPdf(`Acte type ${i} — ${VOCABULARY[i % VOCABULARY.length]}`)));
  }
  const toDecide = new Map<string, string[]>(sirens.map((s) => [s, []]));
  const natures = ['DELIBERATION', 'REGULATORY', 'CONTRACT', 'OTHER'] as const;
  for (let i = 0; i < acts; i++) {
    const org = em.getReference('Organization' as never, orgIds[i % orgs]! as never);
    const words = [0, 1, 2].map((k) => VOCABULARY[(i * (k + 3) + k * 7) % VOCABULARY.length]);
    const published = i % 20 !== 0;
    const year = 2015 + (i % 10);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const act = create('Act', {
      organization: org,
      number: `L${i}`,
      date,
      subject: `${words.join(' ')} : décision n° ${i} du conseil`,
      nature: natures[i % natures.length],
      classificationCode: `${(i % 9) + 1}.${(i % 5) + 1}`,
      publicationDecision: 'PUBLISH',
      status: published ? 'PUBLISHED' : 'TO_DECIDE',
      source: 'UPLOAD',
      publishedAt: published ? new Date(`${date}T12:00:00Z`) : null,
    });
    const pdf = pdfs[i % pdfs.length]!;
    create('Document', {
      act,
      fileName: `Acte ${i}.pdf`,
      mediaType: 'application/pdf',
      size: pdf.size,
      sha256: pdf.sha256,
      storageKey: pdf.key,
      extractedText: `Texte de l’acte ${i} : ${words.join(' ')}.`,
    });
    if (!published) {
      toDecide.get(sirens[i % orgs]!)!.push(act.id);
    }
    if ((i + 1) % 2000 === 0 || i === acts - 1) {
      await em.flush();
      em = orm.em.fork();
    }
  }
  const services = createServices(orm.em.fork(), runtime.components, systemViewer('load-seed'));
  for (const s of sirens) {
    await services.projection.projectOrganization(s);
  }
  await createServices(
    orm.em.fork(),
    runtime.components,
    systemViewer('load-seed'),
  ).projection.reindex('staff');
  await orm.em.getConnection().execute('delete from agenda_jobs');
  await runtime.close();
  return { sirens, toDecide };
}
