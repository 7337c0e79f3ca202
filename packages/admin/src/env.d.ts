/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  // eslint-disable-next-line no-restricted-syntax -- the shape every .vue module has
  export default component;
}
