export { ticketsPlugin } from './plugin.ts';
export { closeSolvedTicketsUseCase } from './use-cases/auto-close.ts';
export { presentTicket } from './presenters.ts';
export { ticketPolicy } from './policy.ts';
export { seedDemoTickets } from './seed-demo.ts';
export { receiveInboundMailUseCase, type InboundMailOutcome } from './use-cases/receive-mail.ts';
export { queueTicketReceivedEmail } from './emails.ts';
export { ticketHomeCounts } from './home-counts.ts';
export { createTicketUseCase } from './use-cases/create-ticket.ts';
