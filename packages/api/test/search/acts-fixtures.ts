import { toActSearchDocument, type ActSearchDocument } from '../../src/domains/acts/acts-index.js';

export const SIREN_A = '210100012';
export const SIREN_B = '220200023';

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Le conseil examine le rapport annuel numéro ${i} sur la gestion des bâtiments communaux.`,
  ).join(' ');

/** About 26 KB of extracted PDF text with one rare word in the middle. */
export const LONG_TEXT = `${filler(150)} Le projet prévoit une installation photovoltaïque sur le toit du gymnase. ${filler(150)}`;

const act = (a: Parameters<typeof toActSearchDocument>[0]) => toActSearchDocument(a);

export const ACTS: ActSearchDocument[] = [
  act({
    id: 'a1',
    siren: SIREN_A,
    subject: 'Délibération relative à la médiathèque municipale',
    number: '2024-012',
    text: 'Horaires et tarifs du service de lecture publique.',
    nature: 'DELIBERATION',
    classificationCode: '8.9',
    date: '2024-03-12',
    publishedAt: '2024-03-15T09:30:00Z',
  }),
  act({
    id: 'a2',
    siren: SIREN_A,
    subject: 'Arrêté portant règlement de la circulation',
    number: 'AR-2024-003',
    text: 'Stationnement interdit rue des Lilas.',
    nature: 'ARRETE_REGLEMENTAIRE',
    classificationCode: '6.1.2',
    date: '2024-01-05',
    publishedAt: '2024-01-06T08:00:00Z',
  }),
  act({
    id: 'a3',
    siren: SIREN_A,
    subject: 'Budget primitif',
    number: '2023-004',
    text: null,
    nature: 'BUDGET',
    classificationCode: '7.1',
    date: '2023-04-10',
    publishedAt: '2023-04-12T16:45:00Z',
  }),
  act({
    id: 'a4',
    siren: SIREN_A,
    subject: 'Subvention aux associations sportives',
    number: '2023-021',
    text: LONG_TEXT,
    nature: 'DELIBERATION',
    classificationCode: '7.5.1',
    date: '2023-06-20',
    publishedAt: '2023-06-22T10:00:00Z',
  }),
  act({
    id: 'a5',
    siren: SIREN_A,
    subject: 'Convention de mise à disposition de locaux',
    number: '2022-040',
    text: 'Convention avec le club de football.',
    nature: 'CONTRAT_CONVENTION',
    classificationCode: '1.4',
    date: '2022-11-30',
    publishedAt: '2022-12-01T12:00:00Z',
  }),
  act({
    id: 'a6',
    siren: SIREN_A,
    subject: 'Procès-verbal du conseil municipal',
    number: 'PV-2024-02',
    text: null,
    nature: 'AUTRE',
    classificationCode: '5.2',
    date: '2024-02-20',
    publishedAt: '2024-02-21T11:00:00Z',
  }),
  act({
    id: 'b1',
    siren: SIREN_B,
    subject: 'Délibération sur la médiathèque intercommunale',
    number: '2024-100',
    text: 'Horaires et tarifs.',
    nature: 'DELIBERATION',
    classificationCode: '8.9',
    date: '2024-05-02',
    publishedAt: '2024-05-03T09:00:00Z',
  }),
  act({
    id: 'b2',
    siren: SIREN_B,
    subject: 'Arrêté de voirie',
    number: 'AR-2023-050',
    text: 'Travaux rue des Lilas.',
    nature: 'ARRETE_INDIVIDUEL',
    classificationCode: '6.1',
    date: '2023-09-01',
    publishedAt: '2023-09-02T09:00:00Z',
  }),
  act({
    id: 'b3',
    siren: SIREN_B,
    subject: '<img src=x onerror=alert(1)> Délibération piégée',
    number: '2022-001',
    text: 'Contenu "entre guillemets" & <b>gras</b>.',
    nature: 'DELIBERATION',
    classificationCode: '3.1',
    date: '2022-01-01',
    publishedAt: '2022-01-03T09:00:00Z',
  }),
];

export const idsOf = (siren: string): string[] =>
  ACTS.filter((a) => a.siren === siren).map((a) => a.id);
