/** The parts of udata's API objects (v1) that a push reads and writes. */

export interface UdataOrganization {
  id: string;
  name: string;
  slug: string;
  business_number_id?: string | null;
}

export interface UdataSchemaRef {
  name?: string | null;
  version?: string | null;
  url?: string | null;
}

export interface UdataResource {
  id: string;
  title: string;
  description?: string | null;
  type?: string;
  filetype?: 'file' | 'remote';
  format?: string | null;
  url?: string;
  filesize?: number | null;
  checksum?: { type: string; value: string } | null;
  schema?: UdataSchemaRef | null;
  extras?: Record<string, unknown>;
}

export interface UdataDataset {
  id: string;
  slug?: string;
  title: string;
  description: string;
  license?: string | null;
  frequency?: string | null;
  tags?: string[];
  spatial?: { zones?: string[]; granularity?: string | null } | null;
  temporal_coverage?: { start?: string | null; end?: string | null } | null;
  private?: boolean;
  deleted?: string | null;
  archived?: string | null;
  extras?: Record<string, unknown>;
  organization?: { id: string } | null;
  resources?: UdataResource[];
  page?: string;
}

export interface UdataPage<T> {
  data: T[];
  page: number;
  page_size: number;
  total: number;
  next_page: string | null;
}

/** The writable metadata of a dataset (PUT and POST bodies). */
export interface UdataDatasetBody {
  title: string;
  description: string;
  organization?: string;
  license: string;
  frequency: string;
  tags: string[];
  spatial: { zones: string[]; granularity: string } | null;
  temporal_coverage: { start: string; end: string } | null;
  private: boolean;
  extras: Record<string, unknown>;
}

/** The writable metadata of an uploaded resource. */
export interface UdataResourceBody {
  title: string;
  description: string;
  type: 'main';
  schema: { name: string; version?: string } | null;
  extras: Record<string, unknown>;
}

export interface UdataFile {
  name: string;
  bytes: Uint8Array;
  mediaType: string;
}
