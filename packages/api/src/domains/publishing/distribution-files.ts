import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogDistribution } from '../catalog/catalog.types.js';

/** Where a push reads the bytes of a distribution. */
export interface DistributionFiles {
  read(dist: CatalogDistribution): Promise<Uint8Array>;
}

/**
 * The served files themselves: a download URL under PUBLIC_URL/opendata/ is the file of the same
 * path under DATA_DIR (how every open data route serves them); any other URL is fetched.
 */
export class LocalDistributionFiles implements DistributionFiles {
  constructor(
    private readonly dataDir: string,
    private readonly publicUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async read(dist: CatalogDistribution): Promise<Uint8Array> {
    const local = this.localPath(dist.downloadUrl);
    if (local) {
      return readFile(local);
    }
    const res = await fetch(dist.downloadUrl, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`Fichier ${dist.downloadUrl} : HTTP ${res.status}.`);
    }
    return new Uint8Array(await res.arrayBuffer());
  }

  private localPath(url: string): string | null {
    const base = this.publicUrl.replace(/\/+$/, '');
    if (!url.startsWith(`${base}/opendata/`)) {
      return null;
    }
    const basePath = new URL(base).pathname.replace(/\/+$/, '');
    const rel = decodeURIComponent(new URL(url).pathname.slice(basePath.length));
    const root = path.join(this.dataDir, 'opendata');
    const file = path.join(this.dataDir, rel);
    return file.startsWith(`${root}${path.sep}`) ? file : null;
  }
}
