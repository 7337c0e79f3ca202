import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ComponentHealth } from '../../core/health.js';
import type { OcrWorkerData } from './ocr-pool.js';
import { TesseractJsEngine } from './tesseract-js-engine.js';

const run = promisify(execFile);

/**
 * Production alternative (OCR_ENGINE=tesseract): the same threads render the pages with pdf.js,
 * and the Tesseract program installed on the host (`tesseract-ocr` and `tesseract-ocr-fra`)
 * reads them, one process per page, killed at the page time limit. Faster than WebAssembly; same
 * contract tests. (A page over its time limit: the program is killed with its thread's timer.)
 */
export class TesseractBinaryEngine extends TesseractJsEngine {
  override readonly name: string;

  constructor(
    threads: number,
    enabled: boolean,
    private readonly program: string,
  ) {
    super(threads, enabled);
    this.name = `tesseract (programme ${program}, fra)`;
  }

  override async health(): Promise<ComponentHealth> {
    if (!this.enabled) {
      return { ok: true, engine: this.name, detail: 'Reconnaissance du texte désactivée.' };
    }
    try {
      const { stdout } = await run(this.program, ['--list-langs'], { timeout: 10_000 });
      const ok = stdout.split(/\s+/).includes('fra');
      return {
        ok,
        engine: this.name,
        detail: ok
          ? `${this.threads} fil(s) de reconnaissance`
          : 'Modèle français absent : installer tesseract-ocr-fra.',
      };
    } catch {
      return { ok: false, engine: this.name, detail: 'Programme Tesseract introuvable.' };
    }
  }

  protected override workerData(): OcrWorkerData {
    return { ...super.workerData(), binary: this.program };
  }
}
