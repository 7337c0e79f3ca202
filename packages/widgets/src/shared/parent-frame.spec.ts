import { describe, expect, it } from 'vitest';
import { HOST_SOURCE, isHostHello, isWidgetMessage, postToParent } from './parent-frame';

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
});
