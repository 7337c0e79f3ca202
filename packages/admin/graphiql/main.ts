import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher, urlsFromLocation } from './fetcher';

const DEFAULT_QUERY = `# Explorateur de l’API open data.
#
# Écrivez une requête à gauche puis lancez-la (Ctrl + Entrée).
# La documentation du schéma est dans le panneau « Documentation » (icône livre).
# Pour les opérations réservées aux agents, ajoutez dans l’onglet « Headers » :
#   { "Authorization": "Bearer <jeton obtenu par la mutation login>" }
# Les abonnements (subscription) passent par WebSocket avec le même en-tête.

query CollectivitePublique($siren: String!) {
  publicOrganization(siren: $siren) {
    siren
    name
  }
}
`;

const DEFAULT_VARIABLES = `{
  "siren": "000000000"
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher: createFetcher(urlsFromLocation(window.location)),
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: '{}',
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
}
