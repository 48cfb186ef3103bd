import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

/**
 * One log line per request (Fastify writes two, both at info), at REQUEST_LOG_LEVEL: debug by default, so an
 * operator's info log keeps the start banner, warnings and errors readable. Failed requests still log as errors.
 */
export class RequestLogController extends LogController {
  constructor(private readonly level: 'info' | 'debug' | 'trace') {
    super();
  }

  // Arrivals only at trace: an operator tracing a hung request needs to see it came in.
  override incomingRequest(request: FastifyRequest) {
    if (this.level === 'trace') request.log.trace({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) return super.requestCompleted(error, request, reply);
    // Checked first: at the default levels nothing is written, and building the line (an object, the elapsed time)
    // on every request showed in the `/me` profile.
    // pino's and the lazy child's method; Fastify's logger type leaves it out.
    if (!(reply.log as unknown as Pick<Logger, 'isLevelEnabled'>).isLevelEnabled(this.level)) return;
    reply.log[this.level](
      { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) },
      'request completed',
    );
  }
}
