import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import type { ComponentHealth } from '../components.js';
import { InvalidInputError } from '../errors.js';
import { childLogger } from '../logger.js';
import type {
  SearchDocument,
  SearchEngine,
  SearchFilter,
  SearchHit,
  SearchIndexDefinition,
  SearchQuery,
  SearchResult,
} from './search-engine.js';
import { assertValidDefinition, checkDocument, checkFilters, checkQuery, type CheckedQuery } from './search-validation.js';
import { bm25Sql, matchExpression, orderSql, whereSql } from './sqlite-query.js';
import { col, createStatements, DROP_STATEMENTS, filterColumns, layoutSignature, searchableColumns } from './sqlite-schema.js';
import { TypoVocabulary } from './sqlite-typos.js';
import { MARK_CLOSE, MARK_OPEN, renderHighlight } from './text.js';

const log = childLogger('search');

export interface SqliteSearchOptions {
  /** Page cache per connection, in MiB: bounds memory whatever the corpus size (default 16). */
  cacheMiB?: number;
}

/**
 * The embedded engine: SQLite FTS5 in its own file (`<dir>/<name>.sqlite`), disk-backed and
 * opened instantly (nothing is loaded into memory), memory bounded by the page cache.
 * Synchronous under the hood (libsql), so each call blocks the event loop for its duration.
 */
export class SqliteSearchEngine implements SearchEngine {
  readonly engine = 'sqlite-fts5';
  readonly file: string;
  private db: Database.Database | null = null;
  private vocab: TypoVocabulary | null = null;

  constructor(
    readonly definition: SearchIndexDefinition,
    dir: string,
    name: string,
    private readonly options: SqliteSearchOptions = {},
  ) {
    assertValidDefinition(definition);
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
      throw new Error(`search index name must be lower-case letters, digits, - or _: "${name}"`);
    }
    this.file = path.join(dir, `${name}.sqlite`);
  }

  private get conn(): Database.Database {
    if (!this.db) {
      throw new Error(`search index ${this.file} is not open (call init())`);
    }
    return this.db;
  }

  async init(): Promise<void> {
    if (this.db) {
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec(`PRAGMA cache_size = ${-1024 * (this.options.cacheMiB ?? 16)}`);
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const layout = layoutSignature(this.definition);
    const stored = (db.prepare("SELECT value AS v FROM meta WHERE key = 'layout'").get() as { v?: string } | undefined)?.v;
    if (stored !== layout) {
      if (stored !== undefined) {
        log.warn({ file: this.file }, 'search index layout changed: index emptied, it must be rebuilt');
      }
      db.transaction(() => {
        DROP_STATEMENTS.forEach((s) => db.exec(s));
        createStatements(this.definition).forEach((s) => db.exec(s));
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('layout', ?)").run(layout);
      })();
    }
    this.db = db;
    this.vocab = new TypoVocabulary(db);
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const checked = docs.map((d) => checkDocument(this.definition, d));
    if (checked.length === 0) {
      return;
    }
    const filters = filterColumns(this.definition);
    const searchable = Object.keys(this.definition.searchable);
    const text = searchable.map(col);
    const upsertDoc = this.conn.prepare(
      `INSERT INTO docs (id, ${filters.map((c) => c.name).join(', ')}) VALUES (?${', ?'.repeat(filters.length)})
       ON CONFLICT(id) DO UPDATE SET ${filters.map((c) => `${c.name} = excluded.${c.name}`).join(', ')}
       RETURNING rid`,
    );
    const upsertContent = this.conn.prepare(
      `INSERT INTO content (rid, ${text.join(', ')}) VALUES (?${', ?'.repeat(text.length)})
       ON CONFLICT(rid) DO UPDATE SET ${text.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
    const words = new Set<string>();
    TypoVocabulary.wordsOf(
      checked.flatMap((d) => searchable.map((f) => d[f]).filter((v): v is string => typeof v === 'string')),
      words,
    );
    this.conn.transaction(() => {
      for (const d of checked) {
        const { rid } = upsertDoc.get(d.id, ...filters.map((c) => d[c.field] ?? null)) as { rid: number };
        upsertContent.run(rid, ...searchable.map((f) => d[f] ?? null));
      }
      this.vocab!.add(words);
    })();
  }

  async delete(ids: readonly string[]): Promise<void> {
    this.conn.transaction(() => {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        this.conn.prepare(`DELETE FROM docs WHERE id IN (${chunk.map(() => '?').join(',')})`).run(...chunk);
      }
    })();
  }

  async deleteWhere(filters: readonly SearchFilter[]): Promise<void> {
    const checked = checkFilters(this.definition, filters);
    if (checked.length === 0) {
      throw new InvalidInputError('search/invalid_filter', 'Une suppression par filtre exige au moins un filtre.');
    }
    const where = whereSql(checked);
    this.conn.prepare(`DELETE FROM docs WHERE rid IN (SELECT d.rid FROM docs d WHERE ${where.sql})`).run(...where.params);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = checkQuery(this.definition, query);
    const where = whereSql(q.filters);
    const match = q.terms.length ? matchExpression(q, (t) => this.vocab!.expand(t)) : null;
    const from = match
      ? { sql: `FROM fts JOIN docs d ON d.rid = fts.rowid WHERE fts MATCH ? AND ${where.sql}`, params: [match, ...where.params] }
      : { sql: `FROM docs d WHERE ${where.sql}`, params: where.params };
    const { total, facets } = this.countAndFacets(q, from);
    let hits: SearchHit[] = [];
    if (q.limit > 0 && total > q.offset) {
      const score = match ? `, ${bm25Sql(this.definition)} AS score` : '';
      const rows = this.conn
        .prepare(`SELECT d.id, d.rid${score} ${from.sql} ${orderSql(q, match !== null)} LIMIT ? OFFSET ?`)
        .all(...from.params, q.limit, q.offset) as { id: string; rid: number; score?: number }[];
      hits = rows.map((r) => ({
        id: r.id,
        ...(r.score === undefined ? {} : { score: -r.score }),
        highlights: this.highlights(q, match, r.rid),
      }));
    }
    return { total, hits, facets };
  }

  /** One pass over the filtered matches: GROUP BY every requested facet field at once. */
  private countAndFacets(q: CheckedQuery, from: { sql: string; params: (string | number)[] }) {
    const facets: Record<string, Record<string, number>> = {};
    if (q.facets.length === 0) {
      const total = (this.conn.prepare(`SELECT count(*) AS n ${from.sql}`).get(...from.params) as { n: number }).n;
      return { total, facets };
    }
    const cols = q.facets.map((f, i) => `d.${col(f)} AS f${i}`).join(', ');
    const rows = this.conn
      .prepare(`SELECT ${cols}, count(*) AS n ${from.sql} GROUP BY ${q.facets.map((_, i) => `f${i}`).join(', ')}`)
      .all(...from.params) as Record<string, string | number | null>[];
    let total = 0;
    q.facets.forEach((f) => (facets[f] = {}));
    for (const row of rows) {
      const n = row.n as number;
      total += n;
      q.facets.forEach((f, i) => {
        const v = row[`f${i}`];
        if (v !== null && v !== undefined) {
          facets[f][String(v)] = (facets[f][String(v)] ?? 0) + n;
        }
      });
    }
    return { total, facets };
  }

  /** Highlights of one hit: FTS5 highlight() for short values, snippet() for long ones. */
  private highlights(q: CheckedQuery, match: string | null, rid: number): Record<string, string> {
    if (!q.highlight) {
      return {};
    }
    const { fields, maxLength } = q.highlight;
    const all = searchableColumns(this.definition);
    const tokens = Math.max(8, Math.min(64, Math.round(maxLength / 6)));
    const exprs = fields.map((f) => {
      const c = col(f);
      if (!match) {
        return `substr(${c}, 1, ${maxLength * 2} + 1)`;
      }
      const i = all.indexOf(c);
      const marks = `'${MARK_OPEN}', '${MARK_CLOSE}'`;
      return `CASE WHEN length(${c}) <= ${maxLength} THEN highlight(fts, ${i}, ${marks})
              ELSE snippet(fts, ${i}, ${marks}, '…', ${tokens}) END`;
    });
    const select = exprs.map((e, i) => `${e} AS h${i}`).join(', ');
    const row = (
      match
        ? this.conn.prepare(`SELECT ${select} FROM fts WHERE fts MATCH ? AND rowid = ?`).get(match, rid)
        : this.conn.prepare(`SELECT ${select} FROM content WHERE rid = ?`).get(rid)
    ) as Record<string, string | null> | undefined;
    const out: Record<string, string> = {};
    fields.forEach((f, i) => {
      const v = row?.[`h${i}`];
      if (typeof v === 'string' && v.trim() !== '') {
        out[f] = renderHighlight(v, maxLength);
      }
    });
    return out;
  }

  async count(): Promise<number> {
    return (this.conn.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
  }

  async clear(): Promise<void> {
    const db = this.conn;
    db.transaction(() => {
      DROP_STATEMENTS.forEach((s) => db.exec(s));
      createStatements(this.definition).forEach((s) => db.exec(s));
    })();
    this.vocab = new TypoVocabulary(db);
    db.exec('VACUUM');
  }

  async health(): Promise<ComponentHealth> {
    try {
      this.conn.prepare('SELECT rid FROM docs LIMIT 1').all();
      return { ok: true, engine: this.engine };
    } catch (err) {
      return { ok: false, engine: this.engine, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
    this.vocab = null;
  }
}
