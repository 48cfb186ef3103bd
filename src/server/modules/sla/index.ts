/*
 * SLA: business calendars, SLA policies and the ticket clocks. Other modules use only what is exported here:
 * the tickets module calls `applySlaEvent` in its transactions and presents `slaColumnsSql` + `presentTicketSla`.
 */
export { slaRoutes } from './routes.ts';
export { applySlaEvent, type SlaEvent } from './clock.ts';
export { presentTicketSla, slaColumnsSql, type TicketSlaRow } from './presenters.ts';
export { addBusinessMinutes, businessMinutesBetween, type BusinessHoursCalendar } from './business-hours.ts';
export { seedDemoSla } from './demo-content.ts';
