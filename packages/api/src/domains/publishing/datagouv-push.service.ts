import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../core/config.js';
import { childLogger } from '../../core/logger.js';
import { InvalidInputError } from '../../core/errors.js';
import type { Ports } from '../../core/ports.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { SecretBoxError, type SecretBox } from '../../infra/secrets/secret-box.js';
import { UdataClient, UdataError } from '../../infra/udata/udata-client.js';
import type { CatalogDataset } from '../catalog/catalog.types.js';
import { DatagouvSettings } from './datagouv-settings.entity.js';
import { DatasetPush } from './dataset-push.entity.js';
import type { DistributionFiles } from './distribution-files.js';
import {
  DatasetPushStatus,
  RemoteDatasetAction,
  RemoteResourceAction,
} from './publishing.enums.js';
import { PushEngine } from './push-engine.js';
import { PushError, udataMessage } from './push-errors.js';

const log = childLogger('publishing');

/** Where the push reads an organisation's datasets (the catalogue). */
export interface CatalogReader {
  datasets(siren: string): Promise<CatalogDataset[]>;
}

/** Client settings that tests and benches may tighten (retries, waits). */
export type UdataTuning = Partial<
  Pick<ConstructorParameters<typeof UdataClient>[0], 'maxAttempts' | 'retryBaseMs' | 'maxWaitMs'>
>;

export interface PushRun {
  trigger: 'manual' | 'scheduled';
  jobId?: string | null;
  onProgress?: (percent: number, message: string) => Promise<void>;
}

/** Pushes an organisation's datasets to data.gouv.fr (or udata), and lists past pushes. */
export class DatagouvPushService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly ports: Ports,
    private readonly secrets: SecretBox,
    private readonly config: Config,
    private readonly catalog: CatalogReader,
    private readonly files: DistributionFiles,
    private readonly tuning: UdataTuning = {},
  ) {}

  /** Staff (editors) start a push now: queued as `datagouv.push`; returns the job id. */
  async start(siren: string): Promise<string | null> {
    const org = await this.access.requireOrganization(siren, Role.EDITOR);
    const s = await this.em.findOne(DatagouvSettings, { organization: org });
    if (!s?.pushEnabled) {
      throw new InvalidInputError(
        'publishing/push_disabled',
        'La publication vers data.gouv.fr est désactivée pour cette collectivité : activez-la d’abord.',
      );
    }
    if (!s.apiKeySealed && !this.config.datagouv.apiKey) {
      throw new InvalidInputError(
        'publishing/no_key',
        'Aucune clé d’API data.gouv.fr : enregistrez celle de la collectivité.',
      );
    }
    return this.ports.enqueue('datagouv.push', { siren: org.siren });
  }

  async list(siren: string, first = 20): Promise<DatasetPush[]> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    return this.em.find(
      DatasetPush,
      { organization: org },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 100) },
    );
  }

  /** Scheduled run without a SIREN: one job per organisation whose push is on. */
  async queueEnabled(): Promise<number> {
    const all = await this.em.find(
      DatagouvSettings,
      { pushEnabled: true },
      { populate: ['organization'] },
    );
    const hour = new Date().toISOString().slice(0, 13);
    for (const s of all) {
      await this.ports.enqueue(
        'datagouv.push',
        { siren: s.organization.siren, trigger: 'scheduled' },
        { uniqueKey: `datagouv.push:${s.organization.siren}:${hour}` },
      );
    }
    return all.length;
  }

  /** Runs one push (worker); every outcome is recorded as a DatasetPush, never thrown. */
  async run(siren: string, run: PushRun): Promise<DatasetPush> {
    const org = await this.em.findOneOrFail(Organization, { siren });
    const apiUrl = this.config.datagouv.apiUrl;
    const push = this.em.create(DatasetPush, {
      organization: org,
      apiUrl,
      status: DatasetPushStatus.RUNNING,
      trigger: run.trigger,
      jobId: run.jobId ?? null,
    });
    await this.em.flush();
    try {
      const s = await this.em.findOne(DatagouvSettings, { organization: org });
      if (!s?.pushEnabled) {
        throw new PushError(
          'publishing/push_disabled',
          'Publication désactivée pour cette collectivité.',
        );
      }
      if (!org.openDataActive) {
        throw new PushError(
          'publishing/open_data_off',
          'L’open data de la collectivité est désactivé : rien n’est publié.',
        );
      }
      const client = new UdataClient({
        baseUrl: apiUrl,
        apiKey: this.keyOf(s),
        timeoutMs: this.config.datagouv.timeoutMs,
        minIntervalMs: this.config.datagouv.minIntervalMs,
        onRetry: (info) => log.warn({ siren, apiUrl, ...info }, 'udata call retried'),
        ...this.tuning,
      });
      await client.me();
      const remoteOrgId = await this.remoteOrganization(client, org, s);
      push.remoteOrgId = remoteOrgId;
      const harvested = new Set<string>(s.harvestedKinds);
      const datasets = (await this.catalog.datasets(siren)).filter((d) => !harvested.has(d.kind));
      const engine = new PushEngine({
        em: this.em,
        organization: org,
        client,
        apiUrl,
        remoteOrgId,
        files: this.files,
        onProgress: (done, total, title) =>
          run.onProgress?.(Math.round((done / total) * 100), title) ?? Promise.resolve(),
      });
      push.results = await engine.pushAll(datasets);
      const resources = push.results.flatMap((r) => r.resources);
      push.uploaded = resources.filter((r) =>
        [RemoteResourceAction.CREATED, RemoteResourceAction.REPLACED].includes(r.action),
      ).length;
      push.failed = resources.filter((r) => r.action === RemoteResourceAction.FAILED).length;
      const failedSets = push.results.filter((r) => r.action === RemoteDatasetAction.FAILED).length;
      push.status =
        failedSets > 0 && failedSets === push.results.length
          ? DatasetPushStatus.FAILED
          : failedSets > 0 || push.failed > 0
            ? DatasetPushStatus.PARTIAL
            : DatasetPushStatus.SUCCEEDED;
    } catch (err) {
      push.status = DatasetPushStatus.FAILED;
      push.errorCode =
        err instanceof PushError
          ? err.code
          : err instanceof UdataError && err.kind === 'auth'
            ? 'publishing/key_rejected'
            : 'publishing/remote_error';
      push.errorMessage = udataMessage(err, apiUrl);
    }
    push.finishedAt = new Date();
    await this.em.flush();
    log.info(
      {
        siren,
        apiUrl,
        status: push.status,
        uploaded: push.uploaded,
        failed: push.failed,
        errorCode: push.errorCode,
      },
      'datagouv push finished',
    );
    return push;
  }

  private keyOf(s: DatagouvSettings): string {
    if (s.apiKeySealed) {
      try {
        return this.secrets.open(s.apiKeySealed, s.id);
      } catch (err) {
        if (err instanceof SecretBoxError) {
          throw new PushError(
            'publishing/key_unreadable',
            'La clé enregistrée ne peut plus être lue (secret de la plateforme changé) : enregistrez-la de nouveau.',
          );
        }
        throw err;
      }
    }
    if (this.config.datagouv.apiKey) {
      return this.config.datagouv.apiKey;
    }
    throw new PushError(
      'publishing/no_key',
      'Aucune clé d’API data.gouv.fr : enregistrez celle de la collectivité.',
    );
  }

  /** The override (id or slug), else the one found before on this API, else found by SIRET. */
  private async remoteOrganization(
    client: UdataClient,
    org: Organization,
    s: DatagouvSettings,
  ): Promise<string> {
    const apiUrl = this.config.datagouv.apiUrl;
    if (s.remoteOrgId && s.remoteOrgApiUrl === apiUrl) {
      return s.remoteOrgId;
    }
    let found;
    if (s.remoteOrganization) {
      try {
        found = await client.organization(s.remoteOrganization);
      } catch (err) {
        if (err instanceof UdataError && err.kind === 'not_found') {
          throw new PushError(
            'publishing/remote_org_not_found',
            `L’organisation « ${s.remoteOrganization} » est introuvable sur le catalogue distant.`,
          );
        }
        throw err;
      }
    } else {
      if (!org.siret) {
        throw new PushError(
          'publishing/no_siret',
          'Renseignez le SIRET de la collectivité, ou l’identifiant de son organisation sur data.gouv.fr.',
        );
      }
      const orgs = await client.organizationsBySiret(org.siret);
      if (orgs.length !== 1) {
        throw new PushError(
          orgs.length ? 'publishing/remote_org_ambiguous' : 'publishing/remote_org_not_found',
          orgs.length
            ? `Plusieurs organisations portent le SIRET ${org.siret} sur le catalogue distant : indiquez laquelle.`
            : `Aucune organisation ne porte le SIRET ${org.siret} sur le catalogue distant : créez-la, ou indiquez son identifiant.`,
        );
      }
      found = orgs[0]!;
    }
    Object.assign(s, { remoteOrgId: found.id, remoteOrgName: found.name, remoteOrgApiUrl: apiUrl });
    await this.em.flush();
    return found.id;
  }
}
