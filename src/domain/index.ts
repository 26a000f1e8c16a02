export * from './dates';
export * from './handling';
export * from './meeting';
export * from './arende';
export * from './agenda';
export * from './tjansteskrivelse';
export * from './roster';
