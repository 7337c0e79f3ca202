import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requirePlatformAdmin } from '../../core/viewer.js';
import type { RequestContext } from '../../core/request-context.js';
import type { ActivityServices } from './activity.services.js';

@ObjectType({ description: 'Un courriel écrit dans le dossier des courriels de la plateforme.' })
class SentMail {
  @Field(() => ID, { description: 'Nom du fichier .eml.' }) id!: string;
  @Field(() => Date) date!: Date;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'Texte du message (liens compris).' }) text!: string;
}

@ObjectType()
class SentMails {
  @Field(() => Boolean, {
    description:
      'Vrai : sans serveur SMTP (SMTP_URL), les courriels sont écrits en fichiers .eml dans DATA_DIR/mail/ et listés ici. Faux : ils partent par SMTP et ne sont pas gardés.',
  })
  toFiles!: boolean;
  @Field(() => [SentMail], { description: 'Les derniers, du plus récent au plus ancien.' })
  mails!: SentMail[];
}

/** The account mails written to files, for platform administrators (no mail server). */
@Resolver()
export class SentMailResolver {
  @Query(() => SentMails, {
    description: 'Administrateurs de la plateforme : les derniers courriels envoyés (fichiers).',
  })
  async sentMails(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: RequestContext<ActivityServices>,
  ): Promise<SentMails> {
    requirePlatformAdmin(ctx.viewer);
    const box = ctx.services.sentMailBox;
    return {
      toFiles: box.delivery === 'files',
      mails: await box.latest(Math.min(Math.max(first, 0), 100)),
    };
  }
}
