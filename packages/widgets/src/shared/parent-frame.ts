/** Widgets that talk to their host page. */
export type WidgetName = 'actes' | 'budget' | 'marches';

/**
 * Messages a widget posts to the page embedding it. Every message carries `source` and `version`
 * so a host script can ignore everything else on its `message` listener.
 */
export type WidgetMessage =
  | { type: 'ready'; widget: WidgetName }
  | { type: 'resize'; widget: WidgetName; height: number }
  | { type: 'error'; widget: WidgetName; message: string };

export const MESSAGE_SOURCE = 'opendata-widget';
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
  if (d.source !== MESSAGE_SOURCE || d.version !== MESSAGE_VERSION) {
    return false;
  }
  switch (d.type) {
    case 'ready':
      return typeof d.widget === 'string';
    case 'resize':
      return typeof d.widget === 'string' && typeof d.height === 'number' && d.height >= 0;
    case 'error':
      return typeof d.widget === 'string' && typeof d.message === 'string';
    default:
      return false;
  }
}

/**
 * Reports the height of `element` (the widget's root, sized by its content) to the host whenever
 * it changes, for auto-height iframes. Returns a function that stops observing.
 */
export function reportHeight(
  widget: WidgetName,
  element: HTMLElement,
  target = parentTarget(),
): () => void {
  if (!target || typeof ResizeObserver === 'undefined') {
    return () => undefined;
  }
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      postToParent({ type: 'resize', widget, height }, target);
    }
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}
