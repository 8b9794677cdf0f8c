export * from './roles';
export * from './errors';
export * from './permissions';
export * from './money';
export * from './events';
export * from './governance';
export * from './reports';
export * from './audit';
