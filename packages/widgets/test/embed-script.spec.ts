// public/embed.js (the host page's auto-height script) run in jsdom.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SCRIPT = readFileSync(path.join(import.meta.dirname, '..', 'public', 'embed.js'), 'utf8');
const PLATFORM = 'https://plateforme.example';
const ENVELOPE = { source: 'opendata-widget', version: 1, widget: 'actes' };

function frame(src: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.src = src;
  document.body.append(f);
  return f;
}

function send(from: HTMLIFrameElement, data: unknown, origin = PLATFORM) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: from.contentWindow }));
}

const listeners: EventListenerOrEventListenerObject[] = [];

/** Runs the script as a <script src> of the platform would, keeping its listeners to remove. */
function runScript(src = `${PLATFORM}/widgets/embed.js`) {
  Object.defineProperty(document, 'currentScript', { value: { src }, configurable: true });
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    listeners.push(listener);
    add(type, listener, options);
  });
  new Function(SCRIPT)();
}

describe('embed.js', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    delete (window as unknown as Record<string, unknown>).__opendataWidgetEmbed;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const l of listeners.splice(0)) {
      window.removeEventListener('message', l);
    }
  });

  it('sizes the iframe that reported its height, only for messages from the platform origin', () => {
    const widget = frame(`${PLATFORM}/widgets/actes/?siren=213502388`);
    const other = frame('https://autre.example/page');
    runScript();
    send(widget, { ...ENVELOPE, type: 'resize', height: 1234.2 });
    expect(widget.style.height).toBe('1235px');
    expect(other.style.height).toBe('');

    send(widget, { ...ENVELOPE, type: 'resize', height: 10 }, 'https://evil.example');
    send(widget, { source: 'other', version: 1, type: 'resize', height: 10 });
    send(widget, { ...ENVELOPE, type: 'resize', height: -5 });
    send(widget, { ...ENVELOPE, type: 'resize', height: 'abc' });
    expect(widget.style.height).toBe('1235px');
  });

  it('says hello (page address, act asked by the link) only to a widget that is ready, once', () => {
    window.location.hash = '#od-acte=act-42';
    const widget = frame(`${PLATFORM}/widgets/actes/`);
    const post = vi.spyOn(widget.contentWindow!, 'postMessage');
    runScript();
    runScript();
    // Before `ready` only a data-free `ping` (the iframe may still be on about:blank: a hello
    // with a target origin would print an error), sent once although the script ran twice.
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith(
      { source: 'opendata-widget-host', version: 1, type: 'ping' },
      '*',
    );
    send(widget, { ...ENVELOPE, type: 'ready' });
    expect(post).toHaveBeenCalledTimes(2);
    expect(post).toHaveBeenCalledWith(
      {
        source: 'opendata-widget-host',
        version: 1,
        type: 'hello',
        page: window.location.href.split('#')[0],
        act: 'act-42',
      },
      PLATFORM,
    );
    window.location.hash = '';
  });

  it('scrolls an iframe back into view when the citizen navigates inside it', () => {
    const widget = frame(`${PLATFORM}/widgets/actes/`);
    runScript();
    widget.scrollIntoView = vi.fn();
    vi.spyOn(widget, 'getBoundingClientRect').mockReturnValue({ top: -300 } as DOMRect);
    send(widget, { ...ENVELOPE, type: 'navigate', view: 'act' });
    expect(widget.scrollIntoView).toHaveBeenCalled();
  });
});
