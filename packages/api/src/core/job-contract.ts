/**
 * The typed job contract: job name → payload. The only thing api (enqueue) and worker
 * (handlers) share about jobs. A payload names the organisations it is about (`siren`, or
 * `sirens`): only their staff (and platform administrators) see the job's live events.
 */
export interface JobContract {
  /** A file appeared in DEPOSIT_DIR and is complete. */
  'deposit.ingest': { path: string; depositId?: string };
  /** Extract the text of stored PDFs once (search inside PDFs), then re-project their acts. */
  'documents.extract': { documentIds: string[]; sirens?: string[] };
  /**
   * Read the text of one scanned PDF (no usable text layer) by OCR, keep it, re-project its act.
   * Off the intake path: queued by `documents.extract`, or by staff (« Relancer »).
   */
  'document.ocr': { documentId: string; sirens?: string[] };
  /** Re-project acts after a change: search index, public files, dataset refresh. */
  'acts.project': { actIds: string[]; reason: string; sirens?: string[] };
  /**
   * Rebuild search indexes from every act, online (searches keep answering meanwhile): one
   * index (the staff one when a worker finds it empty at start), or both (scheduled, or run by
   * a platform administrator).
   */
  'acts.reindex': { index?: 'staff' | 'public' };
  /** Re-project every act of one organisation (open data or annex setting changed). */
  'organization.project': { siren: string };
  /**
   * Regenerate one SCDL Délibérations file (siren null: all organisations) for a year, and the
   * organisation's yearly listing of act PDFs; `actsOnly`: the listing alone (no deliberation
   * of that year changed).
   */
  'dataset.export': { siren: string | null; year: number; actsOnly?: boolean };
  /** Read the TOTEM file of a budget act (nature 5) into its budget document. */
  'budget.import': { actId: string; siren: string; reason: string };
  /** Regenerate one SCDL Budget file (siren null: all organisations) for a year. */
  'budget.export': { siren: string | null; year: number };
  /** Nightly: regenerate every dataset. */
  'dataset.nightly': Record<string, never>;
  /** A complete DECP file in `$DATA_DIR/decp/incoming` (moved to `queued/`): import it. */
  'decp.ingest': { path: string };
  /** Regenerate the DECP 2.0 JSON and XML files of a buyer (siren null: every buyer) for a year. */
  'decp.export': { siren: string | null; year: number };
  /** Fetch one organisation's DECP source (its buyer profile's export) and import it. */
  'decp.source.fetch': { sourceId: string; siren: string };
  /** Scheduled: fetch every active DECP source. */
  'decp.sources': Record<string, never>;
  /**
   * Push an organisation's datasets to data.gouv.fr (or the udata instance of DATAGOUV_API_URL);
   * without a SIREN, queue one push per organisation whose push is on (the nightly run).
   */
  'datagouv.push': { siren?: string; trigger?: 'manual' | 'scheduled' };
  /**
   * Enrich from the INSEE Sirene API: one organisation (`siren`), or every organisation
   * (scheduled, no `siren`). Nothing happens without SIRENE_API_KEY.
   */
  'sirene.refresh': { siren?: string };
}

export type JobName = keyof JobContract;
