/** Widgets that talk to their host page. */
export type WidgetName = 'actes' | 'budget' | 'marches';

/**
 * Messages a widget posts to the page embedding it. Every message carries `source` and `version`
 * so a host script can ignore everything else on its `message` listener (README: protocol).
 */
export type WidgetMessage =
  | { type: 'ready'; widget: WidgetName }
  | { type: 'resize'; widget: WidgetName; height: number }
  | { type: 'navigate'; widget: WidgetName; view: 'search' | 'act' }
  | { type: 'error'; widget: WidgetName; message: string };

export const MESSAGE_SOURCE = 'opendata-widget';
export const HOST_SOURCE = 'opendata-widget-host';
export const MESSAGE_VERSION = 1;

export type WidgetEnvelope = WidgetMessage & {
  source: typeof MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
};

interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The parent window when framed, else `undefined` (a widget opened directly posts nothing). */
export function parentTarget(win: Window = window): MessageTarget | undefined {
  return win.parent && win.parent !== win ? win.parent : undefined;
}

/** Posts to the host page. The messages hold no secrets, so any host origin may read them. */
export function postToParent(message: WidgetMessage, target = parentTarget()): void {
  const envelope: WidgetEnvelope = { ...message, source: MESSAGE_SOURCE, version: MESSAGE_VERSION };
  target?.postMessage(envelope, '*');
}

/** Host side: narrows an incoming `event.data`. */
export function isWidgetMessage(data: unknown): data is WidgetEnvelope {
  if (typeof data !== 'object' || data === null) {
    return false;
  }
  const d = data as Record<string, unknown>;
  if (
    d.source !== MESSAGE_SOURCE ||
    d.version !== MESSAGE_VERSION ||
    typeof d.widget !== 'string'
  ) {
    return false;
  }
  switch (d.type) {
    case 'ready':
      return true;
    case 'resize':
      return typeof d.height === 'number' && d.height >= 0;
    case 'navigate':
      return d.view === 'search' || d.view === 'act';
    case 'error':
      return typeof d.message === 'string';
    default:
      return false;
  }
}

function isHostMessage(data: unknown, type: string): data is Record<string, unknown> {
  const d = data as Record<string, unknown> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.source === HOST_SOURCE &&
    d.version === MESSAGE_VERSION &&
    d.type === type
  );
}

/** Widget side: the `hello` a host script (public/embed.js) sends to its widget iframes. */
export function isHostHello(data: unknown): boolean {
  return isHostMessage(data, 'hello');
}

/** What a host's `hello` tells: the page embedding the widget, and the act a link asked for. */
export interface HostHello {
  /** The host page's address (http or https, no fragment), or null when not given or unsafe. */
  page: string | null;
  /** The act named by the host page's `#od-acte=<id>`, or null. */
  act: string | null;
}

/** Reads a `hello`, keeping only what is safe to use in a link; null when it is not one. */
export function parseHostHello(data: unknown): HostHello | null {
  if (!isHostMessage(data, 'hello')) {
    return null;
  }
  let page: string | null = null;
  if (typeof data.page === 'string' && data.page.length <= 2000) {
    try {
      const url = new URL(data.page);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        url.hash = '';
        page = url.href;
      }
    } catch {
      page = null;
    }
  }
  const act =
    typeof data.act === 'string' && /^[0-9A-Za-z-]{1,64}$/.test(data.act) ? data.act : null;
  return { page, act };
}

/** Calls `onHello` for each `hello` from the parent window. Returns a function that stops. */
export function listenToHost(onHello: (hello: HostHello) => void, win: Window = window) {
  const onMessage = (event: MessageEvent) => {
    const hello = event.source === win.parent ? parseHostHello(event.data) : null;
    if (hello) {
      onHello(hello);
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

/**
 * Reports the height of `element` (the widget's root, sized by its content) to the host whenever
 * it changes, for auto-height iframes. When the host script says `hello`, the height is sent again
 * and the page stops drawing its own scrollbar (class `od-auto-height` on <html>). Returns a
 * function that stops observing.
 */
export function reportHeight(
  widget: WidgetName,
  element: HTMLElement,
  win: Window = window,
): () => void {
  const target = parentTarget(win);
  if (!target || typeof ResizeObserver === 'undefined') {
    return () => undefined;
  }
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (force || height !== last) {
      last = height;
      postToParent({ type: 'resize', widget, height }, target);
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) {
      return;
    }
    if (isHostHello(event.data)) {
      win.document.documentElement.classList.add('od-auto-height');
      send(true);
    } else if (isHostMessage(event.data, 'ping')) {
      // The host script started after this widget said `ready`: say it again.
      postToParent({ type: 'ready', widget }, target);
    }
  };
  win.addEventListener('message', onMessage);
  const observer = new ResizeObserver(() => send());
  observer.observe(element);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
