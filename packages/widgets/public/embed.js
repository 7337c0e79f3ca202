/*
 * Auto-height and share links for the open data widgets (README « Host page protocol »).
 * Include once per page:
 *   <script src="https://<plateforme>/widgets/embed.js" async></script>
 * It listens only to messages from the origin it was loaded from, and only from iframes of the
 * page: `resize` sets the iframe's height, `navigate` to an act scrolls its top into view (back in
 * the results, the widget focuses the act's link, which scrolls to it). To a widget that says
 * `ready` it answers `hello` with this page's address (the widget's share links point here, with
 * `#od-acte=<id>`) and the act such a link asked for. No dependency, no cookie, no network
 * request, nothing written to the console.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || window.__opendataWidgetEmbed) {
    return;
  }
  window.__opendataWidgetEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var HOST = 'opendata-widget-host';
  var MAX_HEIGHT = 100000;
  var ACT = /(?:^#|&)od-acte=([0-9A-Za-z-]{1,64})(?:&|$)/;

  /** What the widget needs from this page: its address, and the act a share link names. */
  function hello() {
    var act = ACT.exec(location.hash);
    return {
      source: HOST,
      version: 1,
      type: 'hello',
      page: location.href.split('#')[0],
      act: act ? act[1] : null,
    };
  }

  function ours(frame) {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false; // an iframe without a valid src: not ours
    }
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  // Only to a widget that said `ready` (its document is loaded, so the target origin matches:
  // posting to an iframe still on about:blank would print an error in this page's console).
  function sayHello(frame) {
    if (frame.contentWindow && ours(frame)) {
      frame.contentWindow.postMessage(hello(), origin);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (
      event.origin !== origin ||
      !data ||
      data.source !== 'opendata-widget' ||
      data.version !== 1
    ) {
      return;
    }
    var frame = frameOf(event.source);
    if (!frame) {
      return;
    }
    if (data.type === 'ready') {
      sayHello(frame);
    } else if (data.type === 'resize') {
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height <= MAX_HEIGHT) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    } else if (data.type === 'navigate' && data.view === 'act') {
      if (frame.getBoundingClientRect().top < 0) {
        frame.scrollIntoView({ block: 'start' });
      }
    }
  });

  // Widgets that were ready before this script ran: a `ping` (no data, any origin, so never an
  // error) makes them say `ready` again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow && ours(frames[i])) {
      frames[i].contentWindow.postMessage({ source: HOST, version: 1, type: 'ping' }, '*');
    }
  }
})();
