// @ts-check
import { defineConfig } from 'html-validate';

/**
 * How the built pages are validated (`tests/e2e/html-validate.spec.ts`, or `npx html-validate dist`):
 * html-validate's recommended rules, which include the HTML standard, WCAG techniques and the
 * document rules (unique ids, landmarks, heading levels).
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A search-engine heuristic (results show about 60 characters of a title), not a rule of HTML or
    // of accessibility. A case's title is the case's own title, up to 120 characters by the schema
    // (`src/schemas/case.ts`), followed by the site's name; shortening it would lose what the case is.
    'long-title': 'off',
    // The suggestions of « Pour mon territoire » are the listbox popup of a WAI-ARIA 1.2 combobox
    // (src/components/views/MyAreaView.astro): a <select> cannot be one.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});
