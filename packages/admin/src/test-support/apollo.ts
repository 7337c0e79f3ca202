import {
  ApolloClient,
  ApolloLink,
  InMemoryCache,
  Observable,
  type FetchResult,
} from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { mount } from '@vue/test-utils';
import { createVuetify } from 'vuetify';
import { defineComponent, h, type Component } from 'vue';

export interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** An Apollo client whose answers come from `reply` (per operation), recording every call. */
export function fakeApollo(reply: (call: Call) => FetchResult) {
  const calls: Call[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const call = { operationName: operation.operationName, variables: operation.variables };
        calls.push(call);
        observer.next(reply(call));
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { client, calls };
}

/** Mounts a component with Vuetify and the fake client (attached: Vuetify overlays need it). */
export function mountWith(
  component: Component,
  client: ApolloClient<unknown>,
  props: Record<string, unknown> = {},
) {
  return mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [createVuetify()], provide: { [DefaultApolloClient]: client } },
  });
}

/** Runs a composable inside a component (with the fake client) and returns what it returned. */
export function withSetup<T>(composable: () => T, client: ApolloClient<unknown>): T {
  let out: T | undefined;
  const Host = defineComponent({
    setup() {
      out = composable();
      return () => h('div');
    },
  });
  mountWith(Host, client);
  return out!;
}
