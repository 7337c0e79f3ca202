import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/fixtures/pdf.fixture.js';
import { TesseractBinaryEngine } from './tesseract-binary-engine.js';

// Per-thread nice values are a Linux feature: elsewhere the OCR threads keep the normal priority.
const skip = existsSync('/proc/thread-self') ? null : 'per-thread priorities need Linux';
if (skip) {
  process.stdout.write(`ocr-priority.spec skipped: ${skip}\n`);
}

describe.skipIf(skip !== null)('OCR at background priority', () => {
  it('reads pages at the lowest CPU priority while the process itself keeps its own', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocr-nice-'));
    const out = path.join(dir, 'nice.txt');
    // Stands for the Tesseract program: notes the priority it was started with.
    const program = path.join(dir, 'fake-tesseract');
    await writeFile(program, `#!/bin/sh\nnice > '${out}'\ncat > /dev/null\nexit 1\n`);
    await chmod(program, 0o755);
    const engine = new TesseractBinaryEngine(1, true, program);
    try {
      await engine.recognizePdf(minimalPdf('page scannée'), { maxPages: 1, pageTimeoutMs: 30_000 });
    } finally {
      await engine.close();
    }
    expect((await readFile(out, 'utf8')).trim()).toBe('19');
    expect(os.getPriority()).toBe(0);
  });
});
