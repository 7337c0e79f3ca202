import { Session } from './auth/session.entity.js';
import { User } from './auth/user.entity.js';
import { BaseEntity } from './common/base.entity.js';
import { Organization } from './organizations/organization.entity.js';

export { BaseEntity, Organization, Session, User };

/** Every MikroORM entity, in one list shared by the ORM config, migrations and tests. */
export const entities = [BaseEntity, Organization, User, Session];
