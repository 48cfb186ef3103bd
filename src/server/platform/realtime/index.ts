export { RealtimeHub, type Authorizer, type Subscription } from './hub.ts';
export { publishEvent, type NewEvent, type Audience } from './events.ts';
export { openEventStream } from './sse.ts';
