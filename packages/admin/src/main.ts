import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { session } from './auth/session';
import { createApolloClient } from './plugins/apollo';
import { createAppVuetify } from './plugins/vuetify';
import { createAppRouter } from './router';
import { signInLocation } from './auth/sign-in-location';

const router = createAppRouter();

const apollo = createApolloClient({
  getToken: () => session.token(),
  onSessionLost: () => {
    session.clear();
    void apollo.clearStore();
    const here = router.currentRoute.value;
    if (!here.meta.public) {
      void router.replace(signInLocation('expired', here.fullPath));
    }
  },
});

createApp(App)
  .provide(DefaultApolloClient, apollo)
  .use(router)
  .use(createAppVuetify())
  .mount('#app');
