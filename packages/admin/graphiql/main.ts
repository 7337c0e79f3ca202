import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { keepAccessible } from './a11y';
import { createFetcher, urlsFromLocation } from './fetcher';

const DEFAULT_QUERY = `# Explorateur de l’API open data.
#
# Lancer : Ctrl + Entrée ou le bouton ▶.
# Schéma : panneau « Docs » (icône livre),
# ou l’explorateur (icône boussole) pour
# composer une requête en cochant des champs.
# Opérations réservées aux agents : onglet
# « Headers » en bas, par exemple
#   {"Authorization": "Bearer <jeton>"}
# (jeton renvoyé par la mutation login).
# Les abonnements passent par WebSocket
# avec le même en-tête.

{
  publicOrganization(siren: "253514491") {
    siren
    name
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher: createFetcher(urlsFromLocation(window.location)),
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: true,
      // Builds a query by ticking fields: the quickest way to discover the schema.
      plugins: [explorerPlugin()],
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      // One palette, checked for contrast (see graphiql.css).
      forcedTheme: 'light',
    }),
  );
  keepAccessible(root);
}
