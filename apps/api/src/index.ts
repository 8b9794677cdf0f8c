/** What the end-to-end tests and the benchmarks start: the whole API, as `npm start` runs it. */
export * from './bootstrap';
export * from './config';
export * from './database/data-source-options';
export * from './demo/demo-cast';
export * from './demo/demo.seeder';
