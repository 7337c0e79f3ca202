/**
 * A local fake of the udata API v1 endpoints a push uses (datagouv.md §1.10, error shapes of
 * §1.9), on 127.0.0.1, for tests and benches. In memory; failures and latency are injected.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResource {
  id: string;
  title: string;
  description: string | null;
  type: string;
  filetype: 'file' | 'remote';
  format: string;
  mime: string;
  url: string;
  filesize: number;
  checksum: { type: 'sha1'; value: string };
  schema: { name?: string | null; version?: string | null } | null;
  extras: Record<string, unknown>;
  last_modified: string;
}

export interface FakeDataset {
  id: string;
  slug: string;
  title: string;
  description: string;
  organization: { id: string };
  license: string | null;
  frequency: string | null;
  tags: string[];
  spatial: { zones: string[]; granularity: string | null } | null;
  temporal_coverage: { start: string | null; end: string | null } | null;
  private: boolean;
  deleted: string | null;
  extras: Record<string, unknown>;
  resources: FakeResource[];
  page: string;
}

/** One injected answer: a status (and headers, body), or a delay before answering normally. */
export interface Injection {
  match: (method: string, path: string) => boolean;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long, then do the work and answer (the caller may have given up). */
  delayMs?: number;
  times: number;
}

const SCHEMAS: Record<string, string[]> = {
  'scdl/deliberations': ['1.1.0', '2.0.0', '2.1.0', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5'],
  'scdl/budget': ['0.8.1', '0.8.2', '0.8.3'],
  '139bercy/format-commande-publique': ['1.3.0', '1.4.0', '1.5.0', '2.0.0', '2.0.1', '2.0.2'],
};
const EXTENSIONS = new Set(['csv', 'json', 'xml', 'xlsx', 'pdf', 'zip', 'gz']);

const hex24 = () => randomBytes(12).toString('hex');
const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

export class UdataFake {
  readonly orgs: { id: string; name: string; slug: string; business_number_id: string }[] = [];
  readonly datasets = new Map<string, FakeDataset>();
  /** Valid keys → user id; `expired` keys answer 401 « Expired API token ». */
  readonly keys = new Map<string, { user: string; orgs: string[]; expired?: boolean }>();
  readonly injections: Injection[] = [];
  /** Every call: method, path, status (and whether an X-API-KEY came with it). */
  readonly calls: { method: string; path: string; status: number }[] = [];
  /** Every X-API-KEY value received (tests check the right key was used). */
  readonly keysSeen = new Set<string>();
  latencyMs = 0;
  /** Time actually spent in the added latency (timers overshoot on a loaded machine). */
  latencySpentMs = 0;
  uploads = 0;
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(err) }));
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/1`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  addOrg(name: string, siret: string): string {
    const id = hex24();
    this.orgs.push({ id, name, slug: slugify(name), business_number_id: siret });
    return id;
  }

  addKey(key: string, orgs: string[], expired = false): void {
    this.keys.set(key, { user: hex24(), orgs, expired });
  }

  inject(i: Omit<Injection, 'times'> & { times?: number }): void {
    this.injections.push({ times: 1, ...i });
  }

  /** A staff member deleting the dataset on the remote site (soft delete). */
  softDelete(id: string): void {
    this.datasets.get(id)!.deleted = new Date().toISOString();
  }

  /** What a reader of the catalogue sees: live datasets and their resources. */
  state() {
    return [...this.datasets.values()]
      .filter((d) => !d.deleted)
      .map((d) => ({
        id: d.id,
        title: d.title,
        license: d.license,
        frequency: d.frequency,
        tags: d.tags,
        spatial: d.spatial,
        temporal_coverage: d.temporal_coverage,
        extras: d.extras,
        resources: d.resources
          .map((r) => ({
            id: r.id,
            title: r.title,
            checksum: r.checksum.value,
            schema: r.schema,
            extras: r.extras,
            url: r.url,
          }))
          .sort((a, b) => a.title.localeCompare(b.title)),
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) {
      chunks.push(c as Buffer);
    }
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/api\/1/, '');
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      this.calls.push({ method, path, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (this.latencyMs) {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, this.latencyMs));
      this.latencySpentMs += performance.now() - t0;
    }
    const inj = this.injections.find((i) => i.times > 0 && i.match(method, path));
    if (inj) {
      inj.times--;
      if (inj.delayMs) {
        await new Promise((r) => setTimeout(r, inj.delayMs));
      } else {
        send(inj.status ?? 500, inj.body ?? { message: 'Internal Server Error' }, inj.headers);
        return;
      }
    }
    const key = req.headers['x-api-key'];
    const who = typeof key === 'string' ? this.keys.get(key) : undefined;
    if (typeof key === 'string') {
      this.keysSeen.add(key);
    }
    if (!who || who.expired) {
      send(401, { message: who?.expired ? 'Expired API token' : 'Invalid API token' });
      return;
    }
    if (['POST', 'PUT'].includes(method) && !req.headers['content-type']?.includes('multipart')) {
      if (!req.headers['content-type']?.startsWith('application/json')) {
        send(400, { errors: { 'Content-Type': 'expecting application/json' } });
        return;
      }
    }
    const json = () => JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    const form = async () =>
      new Request('http://fake/', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body,
      }).formData();
    let m: RegExpExecArray | null;
    const mayEdit = (d: FakeDataset) => who.orgs.includes(d.organization.id);
    const dataset = (id: string): FakeDataset | number => {
      const d = this.datasets.get(id);
      return !d ? 404 : d.deleted ? 410 : d;
    };
    const missing = (code: number) =>
      send(code, { message: code === 410 ? 'Dataset has been deleted' : 'Not found' });

    if (method === 'GET' && path === '/me/') {
      return send(200, { id: who.user, first_name: 'Robot', last_name: 'Plateforme' });
    }
    if (method === 'GET' && path === '/organizations/') {
      const bid = url.searchParams.get('business_number_id');
      const data = this.orgs.filter((o) => !bid || o.business_number_id === bid);
      return send(200, page(data, 1, 20));
    }
    if ((m = /^\/organizations\/([^/]+)\/$/.exec(path)) && method === 'GET') {
      const o = this.orgs.find((x) => x.id === m![1] || x.slug === m![1]);
      return o ? send(200, o) : send(404, { message: 'Not found' });
    }
    if ((m = /^\/organizations\/([^/]+)\/datasets\/$/.exec(path)) && method === 'GET') {
      const n = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size') ?? 20);
      const all = [...this.datasets.values()].filter(
        (d) => d.organization.id === m![1] && !d.deleted,
      );
      return send(200, page(all, n, size));
    }
    if (method === 'POST' && path === '/datasets/') {
      const b = json();
      const orgId = typeof b.organization === 'string' ? b.organization : '';
      if (!who.orgs.includes(orgId)) {
        return send(400, { errors: { organization: ['Permission denied for this organization'] } });
      }
      if (!b.title || !b.description) {
        return send(400, { errors: { title: ['This field is required.'] } });
      }
      const id = hex24();
      const d: FakeDataset = {
        id,
        slug: slugify(String(b.title)),
        title: '',
        description: '',
        organization: { id: orgId },
        license: null,
        frequency: null,
        tags: [],
        spatial: null,
        temporal_coverage: null,
        private: true,
        deleted: null,
        extras: {},
        resources: [],
        page: `${this.url.replace('/api/1', '')}/fr/datasets/${id}/`,
      };
      applyDataset(d, b);
      this.datasets.set(id, d);
      return send(201, d);
    }
    if ((m = /^\/datasets\/([^/]+)\/$/.exec(path))) {
      const d = this.datasets.get(m[1]!);
      if (!d) {
        return missing(404);
      }
      if (method === 'GET') {
        return d.deleted ? missing(410) : send(200, d);
      }
      if (!mayEdit(d)) {
        return send(403, { message: 'You do not have the permission to modify that object.' });
      }
      if (method === 'PUT') {
        const b = json();
        if (d.deleted && b.deleted !== null) {
          return missing(410);
        }
        if (b.deleted === null) {
          d.deleted = null;
        }
        applyDataset(d, b);
        return send(200, d);
      }
      if (method === 'DELETE') {
        d.deleted = new Date().toISOString();
        return send(204);
      }
    }
    if ((m = /^\/datasets\/([^/]+)\/upload\/$/.exec(path)) && method === 'POST') {
      const d = dataset(m[1]!);
      if (typeof d === 'number') {
        return missing(d);
      }
      if (!mayEdit(d)) {
        return send(403, { message: 'You do not have the permission to modify that object.' });
      }
      const file = (await form()).get('file');
      if (!(file instanceof File)) {
        return send(400, { message: 'Missing file' });
      }
      const r = await this.stored(d, file);
      if (typeof r === 'string') {
        return send(400, { message: r });
      }
      d.resources.push(r);
      return send(201, { ...r, success: true });
    }
    if (
      (m = /^\/datasets\/([^/]+)\/resources\/([^/]+)\/upload\/$/.exec(path)) &&
      method === 'POST'
    ) {
      const d = dataset(m[1]!);
      if (typeof d === 'number') {
        return missing(d);
      }
      const r = d.resources.find((x) => x.id === m![2]);
      if (!r) {
        return send(404, { message: 'Resource does not exist' });
      }
      const file = (await form()).get('file');
      if (!(file instanceof File)) {
        return send(400, { message: 'Missing file' });
      }
      const next = await this.stored(d, file);
      if (typeof next === 'string') {
        return send(400, { message: next });
      }
      // Same id; the stored file, its digest and the title (reset to the file name) change.
      Object.assign(r, {
        ...next,
        id: r.id,
        description: r.description,
        schema: r.schema,
        extras: r.extras,
      });
      return send(200, { ...r, success: true });
    }
    if ((m = /^\/datasets\/([^/]+)\/resources\/([^/]+)\/$/.exec(path))) {
      const d = dataset(m[1]!);
      if (typeof d === 'number') {
        return missing(d);
      }
      const i = d.resources.findIndex((x) => x.id === m![2]);
      if (i < 0) {
        return send(404, { message: 'Resource does not exist' });
      }
      const r = d.resources[i]!;
      if (method === 'GET') {
        return send(200, r);
      }
      if (!mayEdit(d)) {
        return send(403, { message: 'You do not have the permission to modify that object.' });
      }
      if (method === 'DELETE') {
        d.resources.splice(i, 1);
        return send(204);
      }
      if (method === 'PUT') {
        const b = json();
        if (b.schema && typeof b.schema === 'object') {
          const s = b.schema as { name?: string; version?: string };
          const versions = s.name ? SCHEMAS[s.name] : undefined;
          if (!versions) {
            return send(400, {
              errors: { schema: [`Schema name "${s.name}" is not an allowed value.`] },
            });
          }
          if (s.version && !versions.includes(s.version)) {
            return send(400, {
              errors: {
                schema: [
                  `Version "${s.version}" is not an allowed value for the schema "${s.name}".`,
                ],
              },
            });
          }
        }
        for (const k of ['title', 'description', 'type', 'schema', 'extras'] as const) {
          if (k in b) {
            (r as unknown as Record<string, unknown>)[k] = b[k];
          }
        }
        return send(200, r);
      }
    }
    send(404, { message: 'Not found' });
  }

  private async stored(d: FakeDataset, file: File): Promise<FakeResource | string> {
    const name = slugify(file.name);
    const ext = name.split('.').pop() ?? '';
    if (!EXTENSIONS.has(ext)) {
      return 'This file type is not allowed.The allowed file type list is available at /api/1/datasets/extensions/';
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.uploads++;
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return {
      id: randomUUID(),
      title: name,
      description: null,
      type: 'main',
      filetype: 'file',
      format: ext,
      mime: file.type || 'application/octet-stream',
      url: `${this.url.replace('/api/1', '')}/static/resources/${d.slug}/${stamp}/${name}`,
      filesize: bytes.length,
      checksum: { type: 'sha1', value: createHash('sha1').update(bytes).digest('hex') },
      schema: null,
      extras: {},
      last_modified: new Date().toISOString(),
    };
  }
}

function applyDataset(d: FakeDataset, b: Record<string, unknown>): void {
  for (const k of [
    'title',
    'description',
    'license',
    'frequency',
    'spatial',
    'temporal_coverage',
    'extras',
  ] as const) {
    if (k in b) {
      (d as unknown as Record<string, unknown>)[k] = b[k];
    }
  }
  if ('tags' in b) {
    d.tags = [...new Set((b.tags as string[]).map(slugify))].filter((t) => t.length >= 3);
  }
  if ('private' in b) {
    d.private = !!b.private;
  }
}

function page<T>(all: T[], n: number, size: number) {
  const data = all.slice((n - 1) * size, n * size);
  return {
    data,
    page: n,
    page_size: size,
    total: all.length,
    next_page: n * size < all.length ? `?page=${n + 1}` : null,
    previous_page: n > 1 ? `?page=${n - 1}` : null,
  };
}
