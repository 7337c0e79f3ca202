import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers for one SIREN. */
export type FakeMode = 'ok' | 'not-found' | 'rate-limited-once' | 'rate-limited' | 'error';

export interface FakeUnit {
  siren: string;
  name: string;
  legalCategory: string;
  headNic: string;
  /** Establishments: nic, name, diffusible, commune. */
  establishments: { nic: string; name: string; diffusible: boolean; commune: string }[];
}

/**
 * A local fake of the INSEE Sirene API 3.11 (`/siren/{siren}`, `/siret?q=siren:…`) on
 * loopback, answering the shapes and errors of the real one; non-diffusible establishments
 * come as INSEE sends them (statutDiffusionEtablissement 'P', names '[ND]').
 */
export async function startFakeSirene(units: FakeUnit[]) {
  const modes = new Map<string, FakeMode>();
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const limitedOnce = new Set<string>();
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://fake');
    const siren =
      /^\/siren\/(\d{9})$/.exec(url.pathname)?.[1] ??
      /^siren:(\d{9})$/.exec(url.searchParams.get('q') ?? '')?.[1];
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const mode = (siren && modes.get(siren)) ?? 'ok';
    const unit = units.find((u) => u.siren === siren);
    if (mode === 'rate-limited' || (mode === 'rate-limited-once' && !limitedOnce.has(siren!))) {
      limitedOnce.add(siren!);
      return send(
        429,
        { header: { statut: 429, message: 'Too Many Requests' } },
        { 'retry-after': '1' },
      );
    }
    if (mode === 'error') {
      return send(500, { header: { statut: 500, message: 'Erreur interne' } });
    }
    if (!unit || mode === 'not-found') {
      return send(404, {
        header: { statut: 404, message: `Aucun élément trouvé pour le siren ${siren}` },
      });
    }
    if (url.pathname.startsWith('/siren/')) {
      return send(200, {
        header: { statut: 200, message: 'ok' },
        uniteLegale: {
          siren: unit.siren,
          statutDiffusionUniteLegale: 'O',
          periodesUniteLegale: [
            {
              dateFin: null,
              denominationUniteLegale: unit.name,
              categorieJuridiqueUniteLegale: unit.legalCategory,
              nicSiegeUniteLegale: unit.headNic,
              etatAdministratifUniteLegale: 'A',
            },
          ],
        },
      });
    }
    const list = unit.establishments.map((e) => ({
      siren: unit.siren,
      nic: e.nic,
      siret: `${unit.siren}${e.nic}`,
      statutDiffusionEtablissement: e.diffusible ? 'O' : 'P',
      etablissementSiege: e.nic === unit.headNic,
      uniteLegale: { denominationUniteLegale: unit.name },
      adresseEtablissement: {
        codeCommuneEtablissement: e.diffusible ? e.commune : '[ND]',
        libelleCommuneEtablissement: e.diffusible ? 'COMMUNE' : '[ND]',
      },
      periodesEtablissement: [
        {
          dateFin: null,
          etatAdministratifEtablissement: 'A',
          enseigne1Etablissement: e.diffusible ? e.name : '[ND]',
          denominationUsuelleEtablissement: e.diffusible ? null : '[ND]',
        },
      ],
    }));
    return send(200, {
      header: { statut: 200, message: 'OK', total: list.length, debut: 0, nombre: list.length },
      etablissements: list,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    modes,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
