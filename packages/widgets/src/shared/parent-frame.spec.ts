import { describe, expect, it } from 'vitest';
import {
  HOST_SOURCE,
  isHostHello,
  isWidgetMessage,
  parseHostHello,
  postToParent,
} from './parent-frame';

describe('parent-frame', () => {
  it('posts enveloped messages that the host can recognise', () => {
    const sent: unknown[] = [];
    const target = { postMessage: (m: unknown, origin: string) => sent.push([m, origin]) };
    postToParent({ type: 'resize', widget: 'actes', height: 420 }, target);
    postToParent({ type: 'ready', widget: 'actes' }, target);
    postToParent({ type: 'navigate', widget: 'actes', view: 'act' }, target);
    expect(sent[0]).toEqual([
      { type: 'resize', widget: 'actes', height: 420, source: 'opendata-widget', version: 1 },
      '*',
    ]);
    expect(sent.every((s) => isWidgetMessage((s as unknown[])[0]))).toBe(true);
  });

  it('ignores foreign or malformed messages', () => {
    expect(isWidgetMessage({ type: 'resize', widget: 'actes', height: 1 })).toBe(false);
    expect(
      isWidgetMessage({ source: 'opendata-widget', version: 1, type: 'resize', widget: 'actes' }),
    ).toBe(false);
    expect(
      isWidgetMessage({
        source: 'opendata-widget',
        version: 1,
        type: 'navigate',
        widget: 'actes',
        view: 'x',
      }),
    ).toBe(false);
    expect(isWidgetMessage('hello')).toBe(false);
    expect(isHostHello({ source: HOST_SOURCE, version: 1, type: 'hello' })).toBe(true);
    expect(isHostHello({ source: 'other', version: 1, type: 'hello' })).toBe(false);
  });

  it('posts nothing when the page is not framed', () => {
    expect(() => postToParent({ type: 'ready', widget: 'actes' }, undefined)).not.toThrow();
  });

  it('keeps from a host hello only an http(s) page without fragment and a plain act id', () => {
    const hello = (extra: Record<string, unknown>) =>
      parseHostHello({ source: HOST_SOURCE, version: 1, type: 'hello', ...extra });
    expect(hello({ page: 'https://ville.fr/actes?x=1#od-acte=abc', act: 'abc-1' })).toEqual({
      page: 'https://ville.fr/actes?x=1',
      act: 'abc-1',
    });
    expect(hello({ page: 'javascript:alert(1)', act: '"><img>' })).toEqual({
      page: null,
      act: null,
    });
    expect(hello({})).toEqual({ page: null, act: null });
    expect(parseHostHello({ source: 'other', type: 'hello', version: 1 })).toBeNull();
  });
});
