const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  // Keep process.env.NODE_ENV a runtime setting: `npm start` serves the demo in development mode,
  // a deployment sets NODE_ENV=production itself.
  mode: 'none',
  optimization: { nodeEnv: false },
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      sourceMap: true,
      // Types are checked by the `typecheck` target; the bundle only transpiles.
      skipTypeChecking: true,
      externalDependencies: 'all',
      generatePackageJson: false,
    }),
  ],
};
