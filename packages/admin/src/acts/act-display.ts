/** « 3 annexes, dont 1 retenue » — what the list says about an act's annexes. */
export function annexSummary(documents: { annex: boolean; withheld: boolean }[]): string {
  const annexes = documents.filter((d) => d.annex);
  if (!annexes.length) {
    return 'Aucune';
  }
  const withheld = annexes.filter((d) => d.withheld).length;
  const n = annexes.length > 1 ? `${annexes.length} annexes` : '1 annexe';
  return withheld ? `${n}, dont ${withheld} retenue${withheld > 1 ? 's' : ''}` : n;
}

/** Where a document's searchable text comes from, as staff read it (null: not a PDF). */
export function textOriginLabel(doc: {
  mediaType: string;
  textSource?: string | null;
  ocrStatus?: string | null;
  ocrConfidence?: number | null;
  ocrError?: string | null;
}): string | null {
  if (doc.mediaType !== 'application/pdf') {
    return null;
  }
  if (doc.ocrStatus === 'PENDING') {
    return 'Texte : reconnaissance (OCR) en attente';
  }
  if (doc.ocrStatus === 'FAILED') {
    return `Texte : reconnaissance (OCR) en échec — ${doc.ocrError ?? 'raison inconnue'}`;
  }
  if (doc.textSource === 'OCR') {
    const confidence =
      doc.ocrConfidence == null ? '' : ` (confiance ${Math.round(doc.ocrConfidence)} %)`;
    return `Texte : reconnu dans les images (OCR)${confidence}`;
  }
  if (doc.textSource === 'TEXT_LAYER') {
    return 'Texte : couche texte du PDF';
  }
  return 'Texte : lecture en attente';
}
