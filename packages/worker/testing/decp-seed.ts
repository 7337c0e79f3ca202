/* eslint-disable @typescript-eslint/no-explicit-any -- DECP records are free-form JSON here */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decpFixture } from '@opendata/api/fixtures';
import type { Platform } from './platform.js';
import { SIREN } from './acts-seed.js';

/** The buyer's SIRET in the seeded DECP file (the seed organisation's SIREN). */
export const DECP_SIRET = `${SIREN}00015`;
/** The contract a deliberation of classification 1.1 names (see `PROCUREMENT_ACT`). */
export const LINKED_CONTRACT = 'MAR-2024-07';

/** Six marchés of the seed organisation over two years, one with two modifications. */
export function seedMarches(): Record<string, unknown>[] {
  const base = JSON.parse(decpFixture('exemples/json/marches_avec_modifications.json')).marches
    .marche[0] as Record<string, any>;
  const spec: [string, string, string, number, string][] = [
    [
      LINKED_CONTRACT,
      'Réfection de la toiture de la médiathèque',
      'Procédure adaptée',
      185000,
      '2024-07-02',
    ],
    [
      'MAR-2024-03',
      'Fourniture de repas pour la cantine scolaire',
      "Appel d'offres ouvert",
      420000,
      '2024-03-15',
    ],
    ['MAR-2024-11', 'Entretien des espaces verts', 'Procédure adaptée', 64000, '2024-11-20'],
    [
      'MAR-2025-01',
      'Maintenance informatique des écoles',
      "Appel d'offres ouvert",
      95000,
      '2025-01-10',
    ],
    [
      'MAR-2025-02',
      'Éclairage public : remplacement par des LED',
      'Procédure avec négociation',
      310000,
      '2025-02-05',
    ],
    ['MAR-2025-04', 'Nettoyage des bâtiments communaux', 'Procédure adaptée', 78000, '2025-04-22'],
  ];
  return spec.map(([id, objet, procedure, montant, date], i) => {
    const m: Record<string, any> = {
      ...structuredClone(base),
      id,
      objet,
      procedure,
      montant,
      dateNotification: date,
      datePublicationDonnees: date,
      acheteur: { id: DECP_SIRET },
      titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: `4433221100001${i}` } }],
    };
    delete m.modifications;
    delete m.idAccordCadre;
    m.techniques = { technique: ['Sans objet'] };
    if (id === LINKED_CONTRACT) {
      m.modifications = [
        {
          modification: {
            id: 1,
            dateNotificationModification: '2024-10-01',
            datePublicationDonneesModification: '2024-10-05',
            montant: 199000,
          },
        },
        {
          modification: {
            id: 2,
            dateNotificationModification: '2025-03-01',
            datePublicationDonneesModification: '2025-03-03',
            montant: 212500,
            dureeMois: 18,
          },
        },
      ];
    }
    return m;
  });
}

/** Drops a DECP file in the platform's watched folder (written aside, then renamed in). */
export async function dropDecp(
  platform: Platform,
  records: Record<string, unknown>[],
  name = 'decp.json',
) {
  const dir = path.join(platform.dataDir, 'decp', 'incoming');
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${name}.part`);
  await writeFile(tmp, JSON.stringify({ marches: { marche: records } }));
  await rename(tmp, path.join(dir, name));
}

/** Public contract count of the seed organisation. */
export async function contractCount(platform: Platform): Promise<number> {
  const d = await platform.graphql<{ contracts: { totalCount: number } }>(
    'query($s: String!) { contracts(siren: $s, first: 1) { totalCount } }',
    { s: SIREN },
  );
  return d.contracts.totalCount;
}
