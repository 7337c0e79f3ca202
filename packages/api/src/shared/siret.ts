/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
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

/** SIREN: 9 digits (the format rule; registry checks are not ours to make). */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value);
}

/** SIREN with a right check digit (Luhn), as INSEE assigns them. */
export function isValidSirenKey(value: string): boolean {
  return isValidSiren(value) && luhnValid(value);
}

/**
 * SIRET as Validata checks it (python-stdnum `siret.is_valid`): 14 digits, Luhn on the SIRET and
 * on its SIREN; La Poste (SIREN 356000000, except 35600000000048) needs a digit sum multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value) || !luhnValid(value.slice(0, 9))) {
    return false;
  }
  if (value.startsWith('356000000') && value !== '35600000000048') {
    return [...value].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  }
  return luhnValid(value);
}

/** Why a SIREN typed by staff is refused (French), or null when it is valid. */
export function sirenProblem(value: string): string | null {
  const v = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(v)) {
    return 'Le SIREN comporte exactement 9 chiffres.';
  }
  return luhnValid(v)
    ? null
    : 'Ce SIREN n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres).';
}

/** Why a SIRET typed by staff for the organisation `siren` is refused (French), or null. */
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
  return isValidSiret(v)
    ? null
    : 'Ce SIRET n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres).';
}
