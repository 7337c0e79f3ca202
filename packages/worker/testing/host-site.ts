// A plain HTML page of an authority's website, on ANOTHER origin than the platform, embedding
// the widget with the documented snippet (README): `/` with the auto-height script, `/fixe`
// without it (fixed 600 px iframe, inner scroll).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  /** `http://localhost:{port}` (the platform is on 127.0.0.1: a different origin). */
  url: string;
  /** The page embedding `widgetSrc` (a URL on the platform). */
  page(widgetSrc: string, options?: { script?: boolean }): string;
  close(): Promise<void>;
}

function html(platformUrl: string, src: string, script: boolean): string {
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>Site de la commune</title></head>
  <body style="margin:0;font-family:sans-serif">
    <header style="padding:1rem"><h1>Commune de Vitré-sur-Test</h1></header>
    <main style="padding:0 1rem">
      <iframe
        src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"
        title="Actes publiés de la commune"
        style="border:0;width:100%;height:600px"
        allow="clipboard-write"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>
      ${script ? `<script src="${platformUrl}/widgets/embed.js" async></script>` : ''}
    </main>
    <footer style="padding:1rem">Pied de page du site</footer>
  </body>
</html>`;
}

export async function startHostSite(platformUrl: string): Promise<HostSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const src = url.searchParams.get('src');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!src || !src.startsWith(platformUrl)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(platformUrl, src, url.pathname !== '/fixe'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    page: (widgetSrc, { script = true } = {}) =>
      `${url}/${script ? '' : 'fixe'}?src=${encodeURIComponent(widgetSrc)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
