import { normalizeHex } from '@opendata/api/shared';
import type { ParamSpec } from './embed-params';

/** A hex colour (`1f4e8c`, `#1f4e8c`, `#abc`) → `#1f4e8c`, `null` when absent. */
export function colourParam(): ParamSpec<string | null> {
  return {
    expected: 'a hex colour such as 1f4e8c or %231f4e8c',
    default: null,
    parse: (raw) => normalizeHex(raw) ?? undefined,
  };
}
