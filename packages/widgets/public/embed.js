/*
 * Auto-height for the open data widgets (README « Host page protocol »). Include once per page:
 *   <script src="https://<plateforme>/widgets/embed.js" async></script>
 * It listens only to messages from the origin it was loaded from, and only from iframes of the
 * page: `resize` sets the iframe's height, `navigate` to an act scrolls its top into view (back in
 * the results, the widget focuses the act's link, which scrolls to it). No dependency,
 * no cookie, no network request.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || window.__opendataWidgetEmbed) {
    return;
  }
  window.__opendataWidgetEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var HELLO = { source: 'opendata-widget-host', version: 1, type: 'hello' };
  var MAX_HEIGHT = 100000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  function sayHello(frame) {
    try {
      if (frame.contentWindow && new URL(frame.src, location.href).origin === origin) {
        frame.contentWindow.postMessage(HELLO, origin);
      }
    } catch {
      // an iframe without a valid src: not ours
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

  // Widgets that were ready before this script ran: ask them for their height.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    sayHello(frames[i]);
  }
})();
