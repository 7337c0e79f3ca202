import { describeJobBackendContract } from './job-backend.contract.js';
import { backendTargets } from './job-test-env.js';

// Every job backend available here: ours on this project's SQL dialect (SQLite in e2e-sqlite,
// MariaDB/MySQL in e2e-mysql), MongoDB when MONGODB_URL is set.
for (const target of backendTargets()) {
  describeJobBackendContract(target);
}
