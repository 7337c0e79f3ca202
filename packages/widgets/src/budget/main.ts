import '../shared/widget.css';
import './budget.css';
import { createApp } from 'vue';
import { createGraphQLClient } from '../shared/graphql-client';
import { reportHeight } from '../shared/parent-frame';
import { applyPalette, resolvePalette } from '../shared/theme';
import BudgetWidget from './BudgetWidget.vue';
import { parseConfig, parseState } from './budget-params';

const url = new URLSearchParams(window.location.search);
const config = parseConfig(url);
applyPalette(resolvePalette(config.theme, config));

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  createApp(BudgetWidget, {
    config,
    state: parseState(url),
    client: createGraphQLClient(),
  }).mount(root);
  reportHeight('budget', root);
}
