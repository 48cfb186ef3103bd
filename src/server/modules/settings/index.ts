export { settingsRoutes } from './routes.ts';
export {
  getSettings as readPortalSettings,
  getSettingsCached as readPortalSettingsCached,
  peekSettingsCached as peekPortalSettingsCached,
  type SettingsRow as PortalSettingsRow,
} from './repository.ts';
export { presentBranding } from './presenters.ts';
export { sniffLogo, LOGO_MAX_BYTES, type LogoKind } from './use-cases/logo.ts';
export {
  cachedSettings,
  forgetSettingsAfterCommit as forgetPortalSettingsAfterCommit,
  startSettingsCacheSync,
} from './settings-cache.ts';
