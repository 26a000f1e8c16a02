export * from './dates';
export * from './working-days';
export * from './deadlines';
export * from './stockholm-time';
