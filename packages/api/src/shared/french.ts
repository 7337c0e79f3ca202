/** Before a vowel (or a mute letter we cannot know, so vowels only) « de » elides to « d’ ». */
const ELIDES = /^[aeiouyàâäæéèêëîïôöœùûü]/i;

/**
 * « de » followed by a name, elided as French requires: « Rôle d’Agent d’accueil »,
 * « Rôle de Marie Dupont », « Contenu d’annexe.pdf ». Names starting with « h » keep « de »
 * (h aspiré is as common as h muet in names).
 */
export function ofName(name: string): string {
  const n = name.trim();
  return ELIDES.test(n) ? `d’${n}` : `de ${n}`;
}
