import type { Request, Response } from 'express';
import type { CatalogService } from './catalog.service.js';
import type { CatalogDataset, CatalogDistribution } from './catalog.types.js';
import { FREQUENCY_LABELS, KIND_DEFAULTS } from './catalog-vocabulary.js';

const PAGE_SIZE = 20;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text escaped for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const numberFr = new Intl.NumberFormat('fr-FR');

function bytes(n: number): string {
  if (n <= 0) {
    return '—';
  }
  if (n < 1024) {
    return `${numberFr.format(n)} o`;
  }
  if (n < 1024 * 1024) {
    return `${numberFr.format(Math.round(n / 102.4) / 10)} Ko`;
  }
  return `${numberFr.format(Math.round(n / (1024 * 102.4)) / 10)} Mo`;
}

const WIDGETS: [string, string][] = [
  ['actes', 'Widget des actes'],
  ['budget', 'Widget du budget'],
  ['marches', 'Widget des marchés publics'],
];

function fileRow(d: CatalogDistribution): string {
  const validity = d.valid
    ? 'Conforme'
    : 'Dernière génération non conforme (fichier précédent servi)';
  return `<tr><th scope="row">${d.year}</th><td>${esc(d.format.toUpperCase())}</td><td>${d.schema ? `${esc(d.schema.name)} ${esc(d.schema.version)}` : '—'}</td><td>${numberFr.format(d.rowCount)}</td><td>${bytes(d.size)}</td><td>${validity}</td><td>${d.modifiedAt ? dateFr.format(d.modifiedAt) : '—'}</td><td><a href="${esc(d.downloadUrl)}" download>Télécharger<span class="sr"> ${esc(d.title)}</span></a></td></tr>`;
}

function datasetBlock(ds: CatalogDataset): string {
  const slug = KIND_DEFAULTS[ds.kind].slug;
  const headId = `${ds.siren}-${slug}`;
  return `<article class="dataset" id="${esc(slug)}" aria-labelledby="${esc(headId)}">
<h3 id="${esc(headId)}">${esc(ds.title)}</h3>
<p>${esc(ds.description)}</p>
<dl>
<div><dt>Licence</dt><dd><a href="${esc(ds.license.url)}">${esc(ds.license.title)}</a></dd></div>
<div><dt>Mise à jour</dt><dd>${esc(FREQUENCY_LABELS[ds.frequency] ?? ds.frequency)}${ds.modifiedAt ? `, dernière le ${dateFr.format(ds.modifiedAt)}` : ''}</dd></div>
<div><dt>Années couvertes</dt><dd>${ds.temporal ? `${ds.temporal.start.getUTCFullYear()} à ${ds.temporal.end.getUTCFullYear()}` : '—'}</dd></div>
<div><dt>Mots-clés</dt><dd>${ds.keywords.map(esc).join(', ')}</dd></div>
</dl>
<div class="scroll" role="region" aria-labelledby="${esc(headId)}-files" tabindex="0">
<table>
<caption id="${esc(headId)}-files">Fichiers : ${esc(ds.title)}</caption>
<thead><tr><th scope="col">Année</th><th scope="col">Format</th><th scope="col">Schéma</th><th scope="col">Lignes</th><th scope="col">Taille</th><th scope="col">Validité</th><th scope="col">Mis à jour le</th><th scope="col">Fichier</th></tr></thead>
<tbody>${ds.distributions.map(fileRow).join('')}</tbody>
</table>
</div>
</article>`;
}

function organizationBlock(
  publicUrl: string,
  org: { siren: string; name: string; datasets: CatalogDataset[] },
  level: 'h1' | 'h2',
): string {
  const links = [
    [`${publicUrl}/opendata/${org.siren}/catalog.ttl`, 'Catalogue DCAT (Turtle)'],
    [`${publicUrl}/opendata/${org.siren}/catalog.jsonld`, 'Catalogue DCAT (JSON-LD)'],
    ...WIDGETS.map(([w, label]) => [`${publicUrl}/widgets/${w}/?siren=${org.siren}`, label]),
  ];
  const title =
    level === 'h2'
      ? `<h2 id="org-${org.siren}"><a href="/donnees/${org.siren}">${esc(org.name)}</a> <span class="siren">SIREN ${org.siren}</span></h2>`
      : '';
  return `<section class="org" aria-label="${esc(org.name)}">
${title}
<ul class="links">${links.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('')}</ul>
${org.datasets.map(datasetBlock).join('\n')}
</section>`;
}

const STYLE = `*,*::before,*::after{box-sizing:border-box}body{overflow-wrap:anywhere;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1e1e1e;background:#fff;line-height:1.5}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:#000091}a:focus-visible,button:focus-visible,input:focus-visible,.scroll:focus-visible{outline:3px solid #000091;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:1rem 0}
label{display:block;font-weight:600}input{font:inherit;padding:.4rem;border:1px solid #666;min-width:16rem;max-width:100%}
button{font:inherit;padding:.4rem 1rem;background:#000091;color:#fff;border:0;cursor:pointer}
.org{border-top:2px solid #000091;margin-top:2rem}.siren{font-size:.8em;font-weight:normal;color:#3a3a3a}
.links{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem}dt{font-weight:600}dd{margin:0}
.scroll{overflow-x:auto;max-width:100%}.org,.dataset{min-width:0}table{border-collapse:collapse;width:100%;font-size:.95em}
caption{text-align:left;font-weight:600;padding:.25rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
nav ul{display:flex;gap:1rem;list-style:none;padding:0}`;

function layout(opts: {
  title: string;
  description: string;
  canonical: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<meta name="description" content="${esc(opts.description)}">
<link rel="canonical" href="${esc(opts.canonical)}">
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
${opts.body}
</body>
</html>`;
}

/**
 * `/donnees/` (every organisation with published data, searchable by name or SIREN, paged)
 * and `/donnees/{siren}` (one organisation): server-rendered, no script.
 */
export async function donneesPage(
  catalog: CatalogService,
  publicUrl: string,
  req: Request,
  res: Response,
): Promise<void> {
  const siren = req.params.siren as string | undefined;
  res.setHeader('Cache-Control', 'public, max-age=60');
  if (siren !== undefined) {
    const datasets = /^\d{9}$/.test(siren) ? await catalog.datasets(siren) : [];
    const name = datasets[0]?.organizationName;
    if (!name) {
      res
        .status(404)
        .type('text/html; charset=utf-8')
        .send(
          layout({
            title: 'Collectivité introuvable - Données ouvertes',
            description: 'Aucune donnée publiée pour cette collectivité.',
            canonical: `${publicUrl}/donnees/`,
            body: `<main id="contenu"><h1>Collectivité introuvable</h1><p>Aucune donnée n’est publiée pour cette collectivité. <a href="/donnees/">Voir toutes les collectivités</a>.</p></main>`,
          }),
        );
      return;
    }
    const kinds = datasets.map((d) => d.title.split(' - ')[0]!.toLowerCase()).join(', ');
    res.type('text/html; charset=utf-8').send(
      layout({
        title: `Données ouvertes de ${name} - délibérations, budgets, marchés`,
        description: `Jeux de données ouverts de ${name} (SIREN ${siren}) : ${kinds}. Fichiers CSV, JSON et XML aux schémas officiels, à télécharger librement.`,
        canonical: `${publicUrl}/donnees/${siren}`,
        body: `<header><p><a href="/donnees/">Toutes les collectivités</a></p><h1>Données ouvertes de ${esc(name)}</h1><p>SIREN ${siren}. Fichiers publiés sous licence ouverte, régénérés chaque nuit et à chaque publication.</p></header>
<main id="contenu"><h2 class="sr">Jeux de données</h2>${organizationBlock(publicUrl, { siren, name, datasets }, 'h1')}</main>`,
      }),
    );
    return;
  }
  const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
  const page =
    typeof req.query.page === 'string' && /^[1-9]\d{0,4}$/.test(req.query.page)
      ? Number(req.query.page)
      : 1;
  const result = await catalog.organizations(q, page, PAGE_SIZE);
  const qs = (p: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  const nav =
    result.pageCount > 1
      ? `<nav aria-label="Pages"><ul>${page > 1 ? `<li><a href="${esc(qs(page - 1))}" rel="prev">Page précédente</a></li>` : ''}<li aria-current="page">Page ${page} sur ${result.pageCount}</li>${page < result.pageCount ? `<li><a href="${esc(qs(page + 1))}" rel="next">Page suivante</a></li>` : ''}</ul></nav>`
      : '';
  const count =
    result.total === 0
      ? q
        ? `Aucune collectivité ne correspond à « ${esc(q)} ».`
        : 'Aucune collectivité n’a encore publié de données.'
      : `${result.total} collectivité${result.total > 1 ? 's' : ''}${q ? ` pour « ${esc(q)} »` : ''}.`;
  res.type('text/html; charset=utf-8').send(
    layout({
      title: 'Données ouvertes des collectivités - catalogue des jeux de données',
      description:
        'Catalogue des données ouvertes publiées par les collectivités : délibérations, budgets, marchés publics et actes, aux schémas officiels (SCDL, DECP), à télécharger en CSV, JSON ou XML.',
      canonical: `${publicUrl}/donnees/`,
      body: `<header><h1>Données ouvertes des collectivités</h1>
<p>Délibérations, budgets, marchés publics et actes publiés par les collectivités, aux schémas officiels. Catalogue complet pour les moissonneurs : <a href="${esc(publicUrl)}/opendata/catalog.ttl">DCAT Turtle</a>, <a href="${esc(publicUrl)}/opendata/catalog.jsonld">DCAT JSON-LD</a>.</p></header>
<main id="contenu">
<form role="search" method="get" action="/donnees/">
<div><label for="q">Rechercher une collectivité (nom ou SIREN)</label><input id="q" name="q" type="search" value="${esc(q)}" autocomplete="off"></div>
<button type="submit">Rechercher</button>
</form>
<p role="status">${count}</p>
${result.organizations.map((o) => organizationBlock(publicUrl, o, 'h2')).join('\n')}
${nav}
</main>`,
    }),
  );
}
