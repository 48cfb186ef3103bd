export { RealtimeHub, type Authorizer, type Subscription } from './hub.ts';
export {
  deleteEventsBefore,
  insertEventSql,
  wakeHubsAfterCommit,
  publishEvent,
  type EventNotify,
  type NewEvent,
  type Audience,
} from './events.ts';
export { openEventStream } from './sse.ts';
