/** A failure of the single sign-on, with a short reason handed to the admin sign-in page. */
export class OidcLoginError extends Error {
  constructor(
    readonly reason:
      | 'denied'
      | 'expired'
      | 'browser_mismatch'
      | 'no_email'
      | 'account_disabled'
      | 'account_conflict'
      | 'failed',
    detail: string,
  ) {
    super(detail);
  }
}
