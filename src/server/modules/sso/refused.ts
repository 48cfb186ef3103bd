/** A refused single sign-on: the callback sends the browser back to the sign-in page with this code. */
export class SsoRefused extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}
