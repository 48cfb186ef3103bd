export { brandingRoutes } from './routes.ts';
export {
  brandingForActor,
  brandingOfAccount,
  brandingOfSegment,
  firmBranding,
  mailBrandingFor,
  type MailRecipient,
} from './resolve.ts';
