/**
 * Background work (OCR) runs at the lowest CPU priority: on Linux a thread has its own nice
 * value, so an OCR thread set to nice 19 only gets the cores that intake, HTTP and the other
 * jobs leave idle, and threads and programs it starts (tesseract.js's thread, the Tesseract
 * program) inherit it. Without it, two OCR threads on a 2-core host take the cores a deposit
 * burst needs. Elsewhere (no /proc/thread-self) nothing changes.
 *
 * Plain JavaScript for the threads evaluated from a string (see ocr-pool.ts); it must run before
 * the thread starts anything else.
 */
export const LOWER_THREAD_PRIORITY_SOURCE = `
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0) require('node:os').setPriority(tid, 19);
} catch {}
`;
