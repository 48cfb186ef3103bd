export { settingsRoutes } from './routes.ts';
export { getSettings as readPortalSettings, type SettingsRow as PortalSettingsRow } from './repository.ts';
export { presentBranding } from './presenters.ts';
