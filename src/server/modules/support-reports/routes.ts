import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SupportReport, SupportReportQuery } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { supportReportUseCase } from './use-cases/report.ts';

const DESCRIPTION = [
  'Period: whole UTC days [from, to], default the last 30 days; series buckets of a day or a week from `from`.',
  'tickets = tickets created in the period. formSessions = ticket form sessions opened in the period; deflected = those ending `deflected`.',
  'deflectionRate = deflected / (deflected + form sessions ending `ticket_created`).',
  'helpSessions = help-center sessions started in the period; selfServiceScore = helpSessions / tickets.',
  'firstResponseMedianMinutes = median(first_response_at − created_at) over tickets created in the period.',
  'resolutionMedianMinutes = median(solved_at − created_at) over tickets solved in the period.',
  'slaCompliance = SLA targets met in time / all targets judged in the period (running targets already past due count as breached).',
  'csatGood/csatBad = ratings given in the period; csatScore = good / (good + bad); csatByAgent/csatByGroup by assignee/group at solve time (id null = unassigned).',
  'Ratios are null when there is nothing to divide by. Limited agents see only their assigned accounts’ figures.',
].join('\n');

export function supportReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/support-reports',
      {
        config: { access: access.staff },
        schema: {
          tags: ['support-reports'],
          summary: 'Support dashboard: volume, deflection, response and resolution medians, SLA compliance, CSAT',
          description: DESCRIPTION,
          querystring: SupportReportQuery,
          response: { 200: SupportReport },
        },
      },
      (request) => supportReportUseCase(ctx, actorOf(request), request.query),
    );
  };
}
