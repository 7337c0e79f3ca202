import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { Statements } from './sqlite-statements.js';

describe('Statements (libsql 0.5 workarounds)', () => {
  const open = () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE k (a INTEGER PRIMARY KEY, b TEXT UNIQUE)');
    db.exec("INSERT INTO k (b) VALUES ('x'), ('y'), ('z')");
    return db;
  };

  it('reads rows in order through one JSON value, without leaking native memory', () => {
    const db = open();
    const stmts = new Statements(db);
    expect(stmts.rows(['a', 'b'], 'SELECT a, b FROM k ORDER BY b DESC')).toEqual([
      [3, 'z'],
      [2, 'y'],
      [1, 'x'],
    ]);
    expect(stmts.rows(['a'], 'SELECT a FROM k WHERE b = ?', ['none'])).toEqual([]);
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 200_000; i++) {
      stmts.rows(['a'], 'SELECT a FROM k WHERE b > ?', ['x']);
    }
    // libsql's all() leaks ~0.9 KB a call: 200k calls would add ~180 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(60 * 1024 * 1024);
    db.close();
  });

  it('prepares again a statement that threw, instead of throwing forever', () => {
    const db = open();
    const stmts = new Statements(db);
    const insert = 'INSERT INTO k (b) VALUES (?) RETURNING a';
    expect(() => stmts.row(insert, ['x'])).toThrow(/UNIQUE/);
    expect(stmts.value(insert, ['w'])).toBe(4);
    expect(stmts.value('SELECT a FROM k WHERE b = ?', ['w'])).toBe(4);
    db.close();
  });
});
