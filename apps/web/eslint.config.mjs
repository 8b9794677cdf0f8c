import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // Accessibility mistakes a linter can see (missing labels, non-interactive handlers, bad ARIA)
  // and the rules of hooks; both are cheaper to catch here than in the browser tests.
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['**/*.ts', '**/*.tsx'], ...reactHooks.configs.flat.recommended },
];
