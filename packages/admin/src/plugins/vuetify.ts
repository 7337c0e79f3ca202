import 'vuetify/styles';
import { mdiFileDocument } from '@mdi/js';
import { createVuetify } from 'vuetify';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import { fr } from 'vuetify/locale';

/** Components are tree-shaken by vite-plugin-vuetify; icons are SVG paths from @mdi/js. */
export function createAppVuetify() {
  return createVuetify({
    locale: { locale: 'fr', fallback: 'fr', messages: { fr } },
    icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
    theme: {
      defaultTheme: 'light',
      themes: {
        light: {
          dark: false,
          colors: {
            // Contrast ≥ 4.5:1 against white for text and against on-primary.
            primary: '#1d4f91',
            secondary: '#455a64',
            error: '#b3261e',
            success: '#1b5e20',
            // Vuetify's info (#2196f3) and warning (#fb8c00) give white text about 3:1.
            info: '#0b57a4',
            warning: '#8a4b00',
          },
          // Vuetify's 0.60 gives field labels 4.29:1 on white; 0.70 reaches 5.7:1 (RGAA 3.2).
          variables: { 'medium-emphasis-opacity': 0.7 },
        },
      },
    },
    defaults: {
      VTextField: { variant: 'outlined', density: 'comfortable' },
      VBtn: { variant: 'flat' },
      // Vuetify names this icon as a font class; the app uses SVG icons.
      VFileUploadItem: { fileIcon: mdiFileDocument },
    },
  });
}
