/** Limits applied while reading a zip. Sizes are checked on the inflated bytes, not on headers. */
export interface UnzipLimits {
  /** Size of the zip file itself. */
  maxZipBytes: number;
  maxEntries: number;
  /** Inflated size of one entry. */
  maxEntryBytes: number;
  /** Inflated size of all entries together. */
  maxTotalBytes: number;
  /** Inflated / compressed size above which an entry is a zip bomb… */
  maxRatio: number;
  /** …once it has inflated at least this many bytes (small, very compressible files are fine). */
  ratioMinBytes: number;
  /**
   * Inflated size of all entries / size of the zip above which the whole zip is a bomb (many
   * entries each under the per-entry threshold)…
   */
  maxTotalRatio: number;
  /** …once the entries together announce or inflate at least this many bytes. */
  totalRatioMinBytes: number;
}

export const DEFAULT_UNZIP_LIMITS: Readonly<UnzipLimits> = {
  maxZipBytes: 300 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 150 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
  // PDFs barely compress; office files and text about 10:1. A deposit past 20:1 overall and 10 MiB
  // is not a set of documents.
  maxTotalRatio: 20,
  totalRatioMinBytes: 10 * 1024 * 1024,
};

/** What is known about an entry before its data is read (from the central directory). */
export interface ZipEntryHeader {
  /** Decoded name (UTF-8 or CP437 per the zip flags), validated as a safe relative path. */
  name: string;
  index: number;
  compressedSize: number;
  /** Announced size; the real size is verified while inflating. */
  declaredSize: number;
}

/** An entry once fully read and verified (size, CRC-32). */
export interface ZipEntryData extends ZipEntryHeader {
  size: number;
  sha256: string;
  bytes: Buffer;
}

export type ZipSource = string | Buffer;
