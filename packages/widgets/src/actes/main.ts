import '../shared/widget.css';
import './acts.css';
import { createApp } from 'vue';
import { reportHeight } from '../shared/parent-frame';
import { applyPalette, resolvePalette } from '../shared/theme';
import ActsWidget from './ActsWidget.vue';
import { parseConfig, parseState } from './acts-params';
import { routeOf } from './route';

const config = parseConfig(window.location.search);
const state = parseState(window.location.search);
applyPalette(resolvePalette(config.theme, config));

const root = document.getElementById('app');
if (root) {
  createApp(ActsWidget, { config, state, route: routeOf(window.location.pathname) }).mount(root);
  reportHeight('actes', root);
}
