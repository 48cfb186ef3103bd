/** Returns (RMA): opening a return from the order page, following it, the console's queue and the return policy. */
export const returnsMessages = {
  'module.returns': 'Returns',
};
