export { mailTemplatesRoutes } from './routes.ts';
export { prepareSegmentMail } from './prepare.ts';
