export * from './public-figures';
export * from './transparency.module';
export * from './transparency.resolver';
export * from './transparency.service';
export * from './transparency.types';
