import type { BackgroundTasks } from '../../infra/background/background-tasks.js';
import type { Mailer } from '../../infra/mail/mailer.js';
import type { RateLimits } from '../auth/rate-limits.js';

/** What the account-link services use beside the database. */
export interface AccountDeps {
  mail: Mailer;
  background: BackgroundTasks;
  limits: RateLimits;
  publicUrl: string;
  /** Called after rights changed (a membership was added): open subscriptions re-check. */
  identityChanged: () => Promise<void>;
}
