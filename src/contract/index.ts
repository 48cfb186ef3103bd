export * from './common.ts';
export * from './settings.ts';
export * from './segments.ts';
export * from './accounts.ts';
export * from './staff.ts';
export * from './identity.ts';
export * from './audit.ts';
export * from './mail.ts';
