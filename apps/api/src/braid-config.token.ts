export const BRAID_CONFIG = Symbol('BRAID_CONFIG');
