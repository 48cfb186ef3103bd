// The pseudo-localizer is shared with the server (its help-center pages and mails speak the pseudo-locales too).
export { pseudoCatalog, pseudoMessage, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../contract/pseudo-locale.ts';
