export { settingsRoutes } from './routes.ts';
export {
  getSettings as readPortalSettings,
  getSettingsCached as readPortalSettingsCached,
  type SettingsRow as PortalSettingsRow,
} from './repository.ts';
export { presentBranding } from './presenters.ts';
export {
  forgetSettingsAfterCommit as forgetPortalSettingsAfterCommit,
  startSettingsCacheSync,
} from './settings-cache.ts';
export { mailBrandingOf } from './mail-branding.ts';
