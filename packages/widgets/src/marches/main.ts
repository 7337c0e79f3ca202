import '../shared/widget.css';
import './marches.css';
import { createApp } from 'vue';
import { createGraphQLClient } from '../shared/graphql-client';
import { reportHeight } from '../shared/parent-frame';
import MarchesWidget from './MarchesWidget.vue';
import { parseMarches } from './marches-params';

const url = new URLSearchParams(window.location.search);
const { config, state } = parseMarches(url);
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  createApp(MarchesWidget, { config, initial: state, client: createGraphQLClient() }).mount(root);
  reportHeight('marches', root);
}
