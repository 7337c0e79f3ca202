import '../shared/widget.css';
import './acts.css';
import { createApp } from 'vue';
import { createGraphQLClient } from '../shared/graphql-client';
import { reportHeight } from '../shared/parent-frame';
import { applyPalette, resolvePalette } from '../shared/theme';
import ActsWidget from './ActsWidget.vue';
import { parseConfig, parseState } from './acts-params';
import { routeOf } from './route';
import { loadSettings, mergeSettings, sirenOf } from './settings';

async function start(root: HTMLElement) {
  const client = createGraphQLClient();
  const url = new URLSearchParams(window.location.search);
  const siren = sirenOf(url);
  const params = mergeSettings(url, siren ? await loadSettings(client, siren) : null);
  const config = parseConfig(params);
  applyPalette(resolvePalette(config.theme, config));
  createApp(ActsWidget, {
    config,
    state: parseState(params),
    route: routeOf(window.location.pathname),
    client,
  }).mount(root);
  reportHeight('actes', root);
}

const root = document.getElementById('app');
if (root) {
  void start(root);
}
