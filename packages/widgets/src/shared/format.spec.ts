import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatSiren, formatSize, plural } from './format';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('French formats', () => {
  it('writes sizes in French units', () => {
    expect(nb(formatSize(686))).toBe('686 o');
    expect(nb(formatSize(12_400))).toBe('12,4 ko');
    expect(nb(formatSize(1_234_567))).toBe('1,2 Mo');
    expect(nb(formatSize(250_000_000))).toBe('250 Mo');
  });

  it('writes calendar dates without time-zone shift, and instants as their day in France', () => {
    expect(formatDate('2024-03-06')).toBe('6 mars 2024');
    expect(formatDay('2024-03-06T23:30:00Z')).toBe('7 mars 2024');
    expect(formatDate('n/a')).toBe('n/a');
  });

  it('groups SIRENs and counts in French', () => {
    expect(formatSiren('213502388')).toBe('213 502 388');
    expect(nb(plural(1, 'acte', 'actes'))).toBe('1 acte');
    expect(nb(plural(1234, 'acte', 'actes'))).toBe('1 234 actes');
  });
});
