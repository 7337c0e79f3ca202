import '../shared/widget.css';
import './acts.css';
import { createApp } from 'vue';
import { createGraphQLClient } from '../shared/graphql-client';
import { reportHeight } from '../shared/parent-frame';
import { applyPalette, resolvePalette } from '../shared/theme';
import ActsWidget from './ActsWidget.vue';
import { parseConfig, parseState, type EmbedConfig } from './acts-params';
import { routeOf } from './route';
import { loadSettings, mergeSettings, sirenOf } from './settings';

const silent = () => undefined;
const url = new URLSearchParams(window.location.search);
const client = createGraphQLClient();
const config = parseConfig(url);
const paint = (c: EmbedConfig, warn?: () => void) => applyPalette(resolvePalette(c.theme, c, warn));
paint(config);

// Stored settings are fetched beside the first search, not before it (first results sooner).
const siren = sirenOf(url);
const defaults = siren
  ? loadSettings(client, siren).then((stored) => {
      const merged = mergeSettings(url, stored);
      if (merged.toString() === url.toString()) {
        return null;
      }
      const next = parseConfig(merged, silent);
      paint(next, silent);
      return { config: next, state: parseState(merged, silent) };
    })
  : undefined;

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  createApp(ActsWidget, {
    config,
    state: parseState(url),
    route: routeOf(window.location.pathname),
    client,
    defaults,
  }).mount(root);
  reportHeight('actes', root);
}
