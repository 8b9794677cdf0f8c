import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // A command-line tool: its progress and results are meant for the terminal.
    files: ['**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
