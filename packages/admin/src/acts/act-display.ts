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
