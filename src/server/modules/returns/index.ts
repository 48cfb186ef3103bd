/*
 * Returns (RMA): a return policy per segment; customers open returns of delivered order lines with photos; staff
 * approve or reject them, add the label and move them on to a refund or an exchange. Other modules and app.ts use
 * only what is exported here.
 */
export { returnRoutes } from './routes.ts';
export { seedDemoReturns } from './seed-demo.ts';
