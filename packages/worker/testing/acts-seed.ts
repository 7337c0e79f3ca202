// Published acts for the widget's browser tests and benchmark: Pastell deposit zips dropped into
// the platform's incoming folder (the real ingestion path), then awaited through the public API.
import path from 'node:path';
import { buildDeposit, minimalPdf, writeDeposit } from '@opendata/api/fixtures';
import type { Platform } from './platform.js';

export const SIREN = '213502388';
export const ORG_NAME = 'COMMUNE DE VITRÉ-SUR-TEST';

export interface SeedAct {
  file: string;
  number: string;
  subject: string;
  nature: string;
  date: string;
  classification: string;
  /** Text of the main (stamped) PDF. */
  text: string;
  pod?: string;
}

const stamped = (a: SeedAct) => `${SIREN}-${a.date.replaceAll('-', '')}-${a.number}-DE-1-1_1.pdf`;

/** The exact bytes of an act's main PDF (to compare with a download). */
export const mainPdf = (a: SeedAct) => minimalPdf(a.text);
export const mainFileName = stamped;

export const NOTABLE = {
  habitat: {
    file: 'habitat.zip',
    number: 'D2024_001',
    subject: 'Programme local de l’habitat : bilan à mi-parcours',
    nature: '1',
    date: '2024-03-06',
    classification: '8.5 Politique de la ville-habitat-logement',
    text: 'Le conseil approuve la création de la médiathèque municipale et le bilan du programme.',
  },
  traffic: {
    file: 'traffic.zip',
    number: 'A2024_010',
    subject: 'Arrêté de circulation rue de la Poterie',
    nature: '2',
    date: '2024-05-10',
    classification: '6.1 Police municipale',
    text: 'Circulation alternée pendant les travaux de la rue de la Poterie.',
  },
  budget: {
    file: 'budget.zip',
    number: 'B2023_005',
    subject: 'Budget primitif 2023 : vote',
    nature: '5',
    date: '2023-04-01',
    classification: '7.1 Décisions budgétaires',
    text: 'Le budget primitif est adopté à l’unanimité.',
  },
  individual: {
    file: 'individual.zip',
    number: 'INDIV1',
    subject: 'Nomination de Mme Dupont au poste de secrétaire',
    nature: '3',
    pod: '3',
    date: '2024-02-01',
    classification: '4.1 Personnel titulaires et stagiaires de la F.P.T.',
    text: 'Mme Dupont est nommée secrétaire de mairie.',
  },
  unpublished: {
    file: 'unpublished.zip',
    number: 'D2024_099',
    subject: 'Rénovation de la salle polyvalente',
    nature: '1',
    date: '2024-06-01',
    classification: '3.5 Autres actes de gestion du domaine public',
    text: 'Travaux de rénovation de la salle polyvalente.',
  },
} satisfies Record<string, SeedAct>;

/** Routine deliberations, so that results span several pages. */
export function filler(count: number, offset = 0): SeedAct[] {
  const topics = [
    'voirie communale',
    'cantine scolaire',
    'éclairage public',
    'piscine',
    'jardins partagés',
  ];
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      file: `filler${i}.zip`,
      number: `D2022_${String(i + 1).padStart(3, '0')}`,
      subject: `Travaux de ${topics[i % topics.length]} : tranche ${i + 1}`,
      nature: '1',
      date: `2022-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      classification: '8.3 Voirie',
      text: `Délibération relative aux travaux de ${topics[i % topics.length]}.`,
    };
  });
}

const organised = new WeakSet<Platform>();

/**
 * The seed organisation, created by the platform administrator the way an operator does (a
 * deposit naming an unknown SIREN would create it with its open data off, to be checked).
 */
export async function ensureSeedOrganization(platform: Platform): Promise<void> {
  if (organised.has(platform)) {
    return;
  }
  const token = await platform.adminToken();
  const existing = await platform.graphql<{ organization: { siren: string } | null }>(
    'query($s: String!) { organization(siren: $s) { siren } }',
    { s: SIREN },
    token,
  );
  if (!existing.organization) {
    await platform.graphql(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { siren: SIREN, name: ORG_NAME } },
      token,
    );
  }
  organised.add(platform);
}

export async function dropDeposit(platform: Platform, act: SeedAct): Promise<void> {
  await ensureSeedOrganization(platform);
  const main = stamped(act);
  const zip = await buildDeposit({
    metadata: {
      numero_de_lacte: act.number,
      objet: act.subject,
      acte_nature: act.nature,
      date_de_lacte: act.date,
      classification: act.classification,
      siren: SIREN,
      entity_name: ORG_NAME,
      acte_tamponne: [main],
      arrete: [`Acte ${act.number}.pdf`],
      autre_document_attache: [`Annexe 1 - ${act.number}.pdf`],
      ...(act.pod ? { publication_open_data: act.pod } : {}),
    },
    contents: { [main]: mainPdf(act) },
  });
  await writeDeposit(path.join(platform.dataDir, 'deposits', 'incoming'), zip, act.file);
}

const COUNT = 'query($s: String!) { searchActs(siren: $s, first: 1) { totalCount } }';

export async function publicCount(platform: Platform): Promise<number> {
  const data = await platform.graphql<{ searchActs: { totalCount: number } }>(COUNT, { s: SIREN });
  return data.searchActs.totalCount;
}

/** Polls until `check` is truthy (every 200 ms, 60 s at most). */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const v = await check();
    if (v) {
      return v;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Id of an act by number, through the staff API. */
export async function actId(platform: Platform, token: string, number: string): Promise<string> {
  return waitFor(async () => {
    const data = await platform.graphql<{ acts: { nodes: { id: string; number: string }[] } }>(
      'query($f: ActsFilter) { acts(filter: $f, first: 5) { nodes { id number } } }',
      { f: { siren: SIREN, text: number } },
      token,
    );
    return data.acts.nodes.find((a) => a.number === number)?.id;
  }, `act ${number}`);
}

export async function unpublish(platform: Platform, token: string, id: string): Promise<void> {
  await platform.graphql(
    'mutation($ids: [ID!]!) { unpublishActs(ids: $ids) { updated { id } } }',
    { ids: [id] },
    token,
  );
}
