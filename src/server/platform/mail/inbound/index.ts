export { htmlToText, parseInboundMail, stripQuotedReply, type InboundMail } from './parse.ts';
export {
  CUT_NOTE,
  FULL_TEXT_FILE,
  inboundContent,
  inboundLimitProblem,
  ORIGINAL_FILE,
  type InboundLimits,
  type MailFile,
} from './content.ts';
export { startInboundSmtp } from './smtp-listener.ts';
