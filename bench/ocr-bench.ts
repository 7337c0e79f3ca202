/**
 * OCR benchmark (on demand, not a test): the embedded engine (tesseract.js, `fra`) on scanned
 * PDFs made by the fixture builder. Prints pages per second per thread and word accuracy (share
 * of the known words found) on clean pages and on skewed, speckled ones.
 *
 *   node scripts/bench.mjs ocr-bench [--docs 4] [--threads 1] [--engine embedded|tesseract]
 *
 * `--engine tesseract` measures the Tesseract program instead (OCR_ENGINE=tesseract).
 */
import {
  imagePdf,
  SCAN_SAMPLE_PAGES,
  scanImage,
  scannedPdf,
  TesseractBinaryEngine,
  TesseractJsEngine,
  wordAccuracy,
} from '@opendata/api/testing';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const docs = Number(arg('docs', '4'));
const threads = Number(arg('threads', '1'));
const engineName = arg('engine', 'embedded');
const makeEngine = () =>
  engineName === 'tesseract'
    ? new TesseractBinaryEngine(threads, true, 'tesseract')
    : new TesseractJsEngine(threads);
const options = { maxPages: 50, pageTimeoutMs: 300_000 };
const expected = SCAN_SAMPLE_PAGES.join('\n');

// Peak RSS of the process, sampled every 50 ms (the OCR threads and tesseract.js's own thread,
// WebAssembly memory included, live in this process; the Tesseract program's processes do not).
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

async function run(label: string, pdf: Buffer, expectedText = expected) {
  const engine = makeEngine();
  // Warm-up: each thread loads pdf.js, the WebAssembly engine and the French model once.
  await Promise.all(
    Array.from({ length: threads }, () => engine.recognizePdf(scannedPdf('Chauffe'), options)),
  );
  const started = process.hrtime.bigint();
  const results = await Promise.all(
    Array.from({ length: docs }, () => engine.recognizePdf(pdf, options)),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await engine.close();
  const pages = results.reduce((n, r) => n + r.pagesRead, 0);
  const accuracy = results.reduce((a, r) => a + wordAccuracy(expectedText, r.text), 0) / docs;
  const confidence = results.reduce((a, r) => a + (r.confidence ?? 0), 0) / docs;
  console.log(
    `${label.padEnd(22)} ${pages} pages in ${seconds.toFixed(1)} s: ` +
      `${(pages / seconds / threads).toFixed(2)} pages/s/thread, ` +
      `${(accuracy * 100).toFixed(1)} % of known words, confidence ${confidence.toFixed(1)}, ` +
      `peak RSS so far ${mb(peakRss)}`,
  );
}

console.log(`RSS before any thread: ${mb(process.memoryUsage.rss())}`);
console.log(
  `OCR bench (${engineName}): ${docs} documents of ${SCAN_SAMPLE_PAGES.length} pages, ${threads} thread(s)`,
);
await run('clean (200 dpi)', scannedPdf(SCAN_SAMPLE_PAGES));
await run('skewed 2°, 1 % noise', scannedPdf(SCAN_SAMPLE_PAGES, { skewDeg: 2, noise: 0.01 }));
// A huge page (5 × 5 m): rendered at a bounded resolution (12 megapixels at most), so the memory
// of the rendering and of the engine stays bounded whatever the page size.
const hugeText = 'Plan cadastral de la commune\nParcelle numéro quarante-deux';
const huge = imagePdf(
  [scanImage(hugeText, { dpi: 200, fontPt: 40, pageSize: [1190, 842] })],
  [14_400, 14_400],
);
await run('huge page (5 × 5 m)', huge, hugeText);
clearInterval(sampler);
console.log(`peak RSS of the process: ${mb(peakRss)}`);
