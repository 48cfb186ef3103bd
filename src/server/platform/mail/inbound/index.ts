export { parseInboundMail, stripQuotedReply, type InboundMail } from './parse.ts';
export { startInboundSmtp } from './smtp-listener.ts';
