/** Luhn checksum over a string of digits. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) {
        d -= 9;
      }
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The api's SIRET rule (`organizations/siret.ts`), checked while typing. */
export function siretProblem(value: string, siren: string): string | null {
  const v = value.replace(/\s/g, '');
  if (!v) {
    return null;
  }
  if (!/^\d{14}$/.test(v)) {
    return 'Le SIRET comporte exactement 14 chiffres.';
  }
  if (!v.startsWith(siren)) {
    return `Le SIRET doit commencer par le SIREN de la collectivité (${siren}).`;
  }
  const laPoste = v.startsWith('356000000') && v !== '35600000000048';
  const ok = laPoste ? [...v].reduce((s, c) => s + Number(c), 0) % 5 === 0 : luhnValid(v);
  return ok && luhnValid(v.slice(0, 9))
    ? null
    : 'Ce SIRET n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres).';
}
