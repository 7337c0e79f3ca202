/**
 * Iframe URL parameters → a typed object. A missing parameter takes its default; an invalid one
 * takes its default too and is reported with a warning (never a blank page).
 */
export interface ParamSpec<T> {
  /** The value, or `undefined` when `raw` is invalid. */
  parse(raw: string, warn: (message: string) => void): T | undefined;
  default: T;
  /** Value when the parameter is present but empty (`?flag`); the default otherwise. */
  empty?: T;
  /** What is expected, for the warning (in English, for integrators' consoles). */
  expected: string;
}

export type ParamsOf<S extends Record<string, ParamSpec<unknown>>> = {
  [K in keyof S]: S[K]['default'];
};

export type Warn = (message: string) => void;

/* eslint-disable-next-line no-console -- the integrator's browser console is the audience */
export const consoleWarn: Warn = (message) => console.warn(`[widget] ${message}`);

export function parseEmbedParams<S extends Record<string, ParamSpec<unknown>>>(
  search: string | URLSearchParams,
  spec: S,
  warn: Warn = consoleWarn,
): ParamsOf<S> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') {
      out[name] = raw === null ? field.default : (field.empty ?? field.default);
      continue;
    }
    const value = field.parse(raw.trim(), (m) => warn(`"${name}": ${m}`));
    if (value === undefined) {
      warn(`ignoring ${name}=${JSON.stringify(raw)}: expected ${field.expected}`);
      out[name] = field.default;
    } else {
      out[name] = value;
    }
  }
  return out as ParamsOf<S>;
}

/** A SIREN: 9 digits (spaces allowed in input), `null` when absent. */
export function sirenParam(): ParamSpec<string | null> {
  return {
    expected: 'a SIREN (9 digits)',
    default: null,
    parse: (raw) => {
      const digits = raw.replace(/\s+/g, '');
      return /^\d{9}$/.test(digits) ? digits : undefined;
    },
  };
}

/** One value of a closed list. */
export function enumParam<const T extends string>(values: readonly T[], def: T): ParamSpec<T> {
  return {
    expected: `one of ${values.join(', ')}`,
    default: def,
    parse: (raw) => values.find((v) => v === raw.toLowerCase()),
  };
}

/** Free text, trimmed and capped. */
export function textParam(maxLength = 200): ParamSpec<string> {
  return {
    expected: `text of at most ${maxLength} characters`,
    default: '',
    parse: (raw) => (raw.length <= maxLength ? raw : undefined),
  };
}

/** A comma list of allowed codes; unknown codes are dropped one by one (with a warning). */
export function listParam<const T extends string>(allowed: readonly T[]): ParamSpec<T[]> {
  return {
    expected: `a comma-separated list of ${allowed.join(', ')}`,
    default: [],
    parse: (raw, warn) => {
      const kept: T[] = [];
      for (const item of raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const known = allowed.find((a) => a === item);
        if (known === undefined) {
          warn(`dropping unknown value ${JSON.stringify(item)}`);
        } else if (!kept.includes(known)) {
          kept.push(known);
        }
      }
      return kept.length > 0 ? kept : undefined;
    },
  };
}

/** A calendar date `YYYY-MM-DD` that exists, `null` when absent. */
export function dateParam(): ParamSpec<string | null> {
  return {
    expected: 'a date YYYY-MM-DD',
    default: null,
    parse: (raw) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      if (!m) {
        return undefined;
      }
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.toISOString().slice(0, 10) === raw ? raw : undefined;
    },
  };
}

/** Present (with any value but `0`/`false`/`non`) means on. */
export function flagParam(): ParamSpec<boolean> {
  return {
    expected: 'a flag (1, true, oui)',
    default: false,
    empty: true,
    parse: (raw) => !['0', 'false', 'non'].includes(raw.toLowerCase()),
  };
}

/** An integer within bounds. */
export function intParam(min: number, max: number, def: number): ParamSpec<number>;
export function intParam(min: number, max: number, def: null): ParamSpec<number | null>;
export function intParam(min: number, max: number, def: number | null): ParamSpec<number | null> {
  return {
    expected: `an integer from ${min} to ${max}`,
    default: def,
    parse: (raw) => {
      const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      return n >= min && n <= max ? n : undefined;
    },
  };
}
