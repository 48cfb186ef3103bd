import { accountCreated } from './account-hooks.ts';

export { accountRoutes } from './routes.ts';
/** Creates an account in the caller's transaction and runs the `onAccountCreated` listeners in it. */
export {
  createAccountInTransaction as insertAccount,
  createAccountsInTransaction as insertAccounts,
} from './account-hooks.ts';
export const onAccountCreated = accountCreated.listen;
