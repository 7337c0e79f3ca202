import '../shared/widget.css';
import { createApp } from 'vue';
import { reportHeight } from '../shared/parent-frame';
import ActsWidget from './ActsWidget.vue';
import { parseActsParams } from './acts-params';

const params = parseActsParams(window.location.search);
document.documentElement.dataset.theme = params.theme;

const root = document.getElementById('app');
if (root) {
  createApp(ActsWidget, { params }).mount(root);
  reportHeight('actes', root);
}
