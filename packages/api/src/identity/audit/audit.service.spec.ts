import { describe, expect, it } from 'vitest';
import { systemLabel } from './audit.service.js';

describe('systemLabel', () => {
  it('names the platform and what it was doing in French, never a job’s internal name', () => {
    expect(systemLabel('job:deposit.ingest')).toBe('Plateforme (Lecture d’un dépôt Pastell)');
    expect(systemLabel('authentification unique')).toBe('Plateforme (authentification unique)');
  });
});
