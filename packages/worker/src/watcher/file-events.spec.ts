import { describe, expect, it } from 'vitest';
import { isDepositName, toDepositJob, type FileFacts } from './file-events.js';

const file = (size: number, mtimeMs: number): FileFacts => ({ size, mtimeMs, isFile: () => true });
const dir: FileFacts = { size: 4096, mtimeMs: 1, isFile: () => false };

describe('toDepositJob', () => {
  it('turns a complete zip into one deposit.ingest job with its absolute path', () => {
    const job = toDepositJob(
      'add',
      '/data/deposits/incoming/1a2b3c.zip',
      file(1200, 1_700_000_000_123),
    );
    expect(job).toEqual({
      name: 'deposit.ingest',
      data: { path: '/data/deposits/incoming/1a2b3c.zip' },
      uniqueKey: expect.stringMatching(/^deposit\.ingest:[0-9a-f]{64}$/),
    });
  });

  it('gives the same key when the same file is reported twice (add, then change)', () => {
    const a = toDepositJob('add', '/in/x.zip', file(10, 1000.4));
    const b = toDepositJob('change', '/in/x.zip', file(10, 1000.9));
    expect(a?.uniqueKey).toBe(b?.uniqueKey);
  });

  it('gives a new key when the file is replaced (size or time differs)', () => {
    const first = toDepositJob('add', '/in/x.zip', file(10, 1000))?.uniqueKey;
    expect(toDepositJob('change', '/in/x.zip', file(11, 1000))?.uniqueKey).not.toBe(first);
    expect(toDepositJob('change', '/in/x.zip', file(10, 2000))?.uniqueKey).not.toBe(first);
    expect(toDepositJob('add', '/in/y.zip', file(10, 1000))?.uniqueKey).not.toBe(first);
  });

  it('accepts .zip in any case', () => {
    expect(toDepositJob('add', '/in/ACTE.ZIP', file(5, 1))).toBeDefined();
    expect(toDepositJob('add', '/in/acte.Zip', file(5, 1))).toBeDefined();
  });

  it('ignores removals, other names, partial and hidden files and directories', () => {
    expect(toDepositJob('unlink', '/in/x.zip', file(5, 1))).toBeUndefined();
    for (const name of ['x.pdf', 'x.zip.part', 'x.zip.tmp', '.x.zip', '.~lock.x.zip', 'zip']) {
      expect(toDepositJob('add', `/in/${name}`, file(5, 1)), name).toBeUndefined();
    }
    expect(toDepositJob('add', '/in/folder.zip', dir)).toBeUndefined();
    expect(toDepositJob('add', '/in/x.zip', undefined)).toBeUndefined();
  });

  it('queues an empty zip too: it must end as a failed deposit staff can see, not stay there', () => {
    expect(toDepositJob('add', '/in/x.zip', file(0, 1))).toMatchObject({ name: 'deposit.ingest' });
  });

  it('tells deposit names apart', () => {
    expect(isDepositName('123.zip')).toBe(true);
    expect(isDepositName('123.zip.part')).toBe(false);
    expect(isDepositName('.~123.zip')).toBe(false);
  });
});
