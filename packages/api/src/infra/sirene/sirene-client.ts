import { AppError } from '../../core/errors.js';
import { TokenBucket } from './token-bucket.js';

/**
 * A client of the INSEE Sirene API 3.11 (portail-api.insee.fr): `GET /siren/{siren}` and
 * `GET /siret?q=siren:{siren}`, authenticated by the `X-INSEE-Api-Key-Integration` header,
 * rate limited by a token bucket (the API allows 30 requests a minute per key).
 */
export class SireneError extends AppError {
  readonly logLevel = 'warn';
}

export interface SireneUnit {
  siren: string;
  /** Null when the unit is not diffusible (statutDiffusionUniteLegale 'P', names '[ND]'). */
  name: string | null;
  diffusible: boolean;
  legalCategory: string | null;
  headOfficeNic: string | null;
  active: boolean;
}

export interface SireneEstablishment {
  siret: string;
  /** Null when not diffusible. */
  name: string | null;
  diffusible: boolean;
  headOffice: boolean;
  active: boolean;
  /** INSEE commune code (null when not diffusible or abroad). */
  communeCode: string | null;
}

export interface SireneClientOptions {
  url: string;
  apiKey: string;
  perMinute: number;
  timeoutMs?: number;
  /** Retries of a 429 answer (waiting for Retry-After, at most 60 s). Default 2. */
  retries?: number;
}

type Json = Record<string, unknown>;
const ND = '[ND]';
const PAGE = 1000;

/** A name as published: empty and '[ND]' (non-diffusible) are no name. */
function shown(...values: unknown[]): string | null {
  for (const v of values) {
    if (typeof v === 'string' && v.trim() && v.trim() !== ND) {
      return v.trim();
    }
  }
  return null;
}

/** The current period (dateFin null) of a unit or establishment. */
function current(periods: unknown): Json {
  const list = Array.isArray(periods) ? (periods as Json[]) : [];
  return list.find((p) => p.dateFin == null) ?? list[0] ?? {};
}

export class SireneClient {
  private readonly bucket: TokenBucket;

  constructor(private readonly options: SireneClientOptions) {
    this.bucket = new TokenBucket(options.perMinute);
  }

  /** The legal unit, or null when INSEE does not know the SIREN (404). */
  async unit(siren: string): Promise<SireneUnit | null> {
    const body = await this.get(`/siren/${encodeURIComponent(siren)}`);
    if (!body) {
      return null;
    }
    const u = (body.uniteLegale ?? {}) as Json;
    const p = current(u.periodesUniteLegale);
    const diffusible = u.statutDiffusionUniteLegale !== 'P';
    return {
      siren,
      name: diffusible
        ? shown(p.denominationUniteLegale, p.nomUsageUniteLegale, p.nomUniteLegale)
        : null,
      diffusible,
      legalCategory: shown(p.categorieJuridiqueUniteLegale, u.categorieJuridiqueUniteLegale),
      headOfficeNic: shown(p.nicSiegeUniteLegale),
      active: p.etatAdministratifUniteLegale !== 'C',
    };
  }

  /** Every establishment of a SIREN (paged by 1,000), empty when none is known. */
  async establishments(siren: string): Promise<SireneEstablishment[]> {
    const out: SireneEstablishment[] = [];
    for (let start = 0; start < 20 * PAGE; start += PAGE) {
      const q = new URLSearchParams({ q: `siren:${siren}`, nombre: String(PAGE) });
      if (start) {
        q.set('debut', String(start));
      }
      const body = await this.get(`/siret?${q.toString()}`);
      const list = Array.isArray(body?.etablissements) ? (body.etablissements as Json[]) : [];
      out.push(...list.map(toEstablishment));
      const total = Number((body?.header as Json | undefined)?.total ?? 0);
      if (list.length < PAGE || out.length >= total) {
        break;
      }
    }
    return out;
  }

  /** GET a path; null on 404; SireneError otherwise. Never logs nor returns the key. */
  private async get(pathAndQuery: string, attempt = 0): Promise<Json | null> {
    await this.bucket.take();
    let res: Response;
    try {
      res = await fetch(`${this.options.url}${pathAndQuery}`, {
        headers: { 'X-INSEE-Api-Key-Integration': this.options.apiKey, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
      });
    } catch {
      throw new SireneError('sirene/unreachable', 'L’API Sirene de l’Insee est injoignable.');
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (res.status === 429) {
      await res.body?.cancel();
      this.bucket.drain();
      if (attempt < (this.options.retries ?? 2)) {
        const after = Number(res.headers.get('retry-after'));
        const ms = Number.isFinite(after) && after > 0 ? Math.min(after, 60) * 1000 : 2000;
        await new Promise((resolve) => setTimeout(resolve, ms));
        return this.get(pathAndQuery, attempt + 1);
      }
      throw new SireneError(
        'sirene/rate-limited',
        'L’API Sirene limite le nombre de requêtes : nouvel essai plus tard.',
      );
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw new SireneError('sirene/unauthorized', 'La clé de l’API Sirene est refusée.');
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new SireneError('sirene/http', `L’API Sirene a répondu ${res.status}.`, {
        status: res.status,
      });
    }
    try {
      return (await res.json()) as Json;
    } catch {
      throw new SireneError('sirene/invalid', 'Réponse illisible de l’API Sirene.');
    }
  }
}

function toEstablishment(e: Json): SireneEstablishment {
  const p = current(e.periodesEtablissement);
  const address = (e.adresseEtablissement ?? {}) as Json;
  const unit = (e.uniteLegale ?? {}) as Json;
  const diffusible = e.statutDiffusionEtablissement !== 'P';
  return {
    siret: String(e.siret ?? ''),
    name: diffusible
      ? shown(
          p.enseigne1Etablissement,
          p.denominationUsuelleEtablissement,
          unit.denominationUniteLegale,
        )
      : null,
    diffusible,
    headOffice: e.etablissementSiege === true,
    active: p.etatAdministratifEtablissement !== 'F',
    communeCode: diffusible ? shown(address.codeCommuneEtablissement) : null,
  };
}
