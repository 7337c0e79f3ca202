import { ConnectionException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { setLogLevel } from '../core/logger.js';
import { formatError } from './format-error.js';

describe('formatError', () => {
  setLogLevel('silent');
  const formatted = { message: 'raw', path: ['searchActs'] };

  it('says a database outage is one (service/unavailable, French), never an unexpected error', () => {
    const refused = new ConnectionException(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' }),
    );
    const lost = Object.assign(new Error('socket closed'), {
      cause: Object.assign(new Error('closed'), { code: 'ER_SOCKET_UNEXPECTED_CLOSE' }),
    });
    for (const err of [refused, lost]) {
      expect(formatError(formatted, err)).toEqual({
        message:
          'Service momentanément indisponible (base de données injoignable) : réessayez dans quelques instants.',
        path: ['searchActs'],
        extensions: { code: 'service/unavailable' },
      });
    }
  });

  it('masks any other unexpected error', () => {
    expect(formatError(formatted, new Error('boom')).extensions).toEqual({
      code: 'internal/unexpected',
    });
  });
});
