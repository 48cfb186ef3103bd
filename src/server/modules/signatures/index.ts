/*
 * E-signature: envelopes of one PDF sent to the account's people and staff, signed in order or in parallel,
 * flattened, certified and sealed when complete, filed in the account's documents. Other modules and app.ts use
 * only what is exported here.
 */
export { signatureRoutes } from './routes.ts';
export { runSignatureSweep } from './reminders.ts';
export { signatureObligations } from './repository-obligations.ts';
export {
  discardPreparedPdf,
  prepareEnvelopePdf,
  requestSignatureInTransaction,
  type PreparedPdf,
  type SignatureRequest,
} from './use-cases/send.ts';
export {
  onSignatureClosed,
  onSignatureCompleted,
  onSignatureTurn,
  type SignatureClosed,
  type SignatureCompleted,
  type SignatureCompletedListener,
  type SignatureTurn,
} from './hooks.ts';
export { sendEngagementLetterInTransaction } from './use-cases/engagement.ts';
