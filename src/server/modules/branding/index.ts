export { brandingRoutes } from './routes.ts';
export {
  brandingForActor,
  brandingOfAccount,
  brandingOfSegment,
  firmBranding,
  chosenLanguageOfAddress,
  mailBaseFor,
  mailLanguages,
  mailBrandingFor,
  type MailRecipient,
} from './resolve.ts';
export { pdfLogoOfAccount } from './pdf-logo.ts';
