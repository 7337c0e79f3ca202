import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConnectionType } from '../../core/page.type.js';
import { AuditEntry } from '../../identity/audit/audit-entry.entity.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true }) siren?: string;
  @Field(() => String, { nullable: true }) targetType?: string;
  @Field(() => String, { nullable: true }) targetId?: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Plusieurs cibles à la fois (par exemple un acte et ses documents).',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: '100 cibles au plus.' })
  targetIds?: string[];
  @Field(() => String, { nullable: true }) action?: string;
}
