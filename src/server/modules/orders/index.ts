/*
 * Orders: the business's store or ERP upserts them by its own id; the account's people follow them (status
 * history, shipments with tracking links) and file tickets about them; staff list them per account and across.
 * Other modules and app.ts use only what is exported here.
 */
export { orderRoutes } from './routes.ts';
/** For returns: an order's lines, shipments and delivery, optionally under its row lock. */
export { findOrderForReturns, type OrderForReturnsRow } from './repository.ts';
export { seedDemoOrders, type DemoOrder } from './seed-demo.ts';
