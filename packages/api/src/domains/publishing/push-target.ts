import type { EntityManager } from '@mikro-orm/core';
import type { Organization } from '../../identity/tenants/organization.entity.js';
import type { UdataClient } from '../../infra/udata/udata-client.js';
import type { DistributionFiles } from './distribution-files.js';

/** Where and with what one organisation's datasets are pushed. */
export interface PushTarget {
  em: EntityManager;
  organization: Organization;
  client: UdataClient;
  apiUrl: string;
  remoteOrgId: string;
  files: DistributionFiles;
  onProgress?: (done: number, total: number, message: string) => Promise<void>;
}
