import type { MailMessage } from '../../infra/mail/mailer.js';
import type { Role } from '../auth/membership.entity.js';
import { INVITATION_DAYS, RESET_MINUTES, WELCOME_DAYS } from './account-links.js';

/** The French texts of the account mails (the mail engine knows nothing of them). */

const ROLE_WORDS: Record<Role, string> = {
  VIEWER: 'lecteur (consultation)',
  EDITOR: 'éditeur (publication des actes)',
  ADMIN: 'administrateur (actes, paramètres et membres)',
};

const SIGNATURE =
  '\n\n—\nPlateforme open data des collectivités. Vous recevez ce message parce que quelqu’un a saisi votre adresse ; si vous n’êtes pas concerné, ignorez-le : rien ne change sans vous.\n';

export interface InvitationMailInput {
  to: string;
  organizationName: string;
  role: Role;
  hr: boolean;
  link: string;
  /** The address has an account already: accept joining; otherwise choose a password. */
  existingAccount: boolean;
}

export function invitationMail(i: InvitationMailInput): MailMessage {
  const rights = `${ROLE_WORDS[i.role]}${i.hr ? ', avec accès aux actes individuels' : ''}`;
  const action = i.existingAccount
    ? `Pour accepter de rejoindre ${i.organizationName} avec votre compte actuel, ouvrez ce lien puis confirmez :`
    : 'Pour accepter, ouvrez ce lien et choisissez votre mot de passe :';
  return {
    to: i.to,
    subject: `Invitation à rejoindre ${i.organizationName} sur la plateforme open data`,
    text:
      `Bonjour,\n\nVous êtes invité à rejoindre ${i.organizationName} dans l’administration de la plateforme open data, en tant que ${rights}.\n\n` +
      `${action}\n\n${i.link}\n\nCe lien ne sert qu’une fois et expire dans ${INVITATION_DAYS} jours.` +
      SIGNATURE,
  };
}

export function passwordResetMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Choisir un nouveau mot de passe',
    text:
      'Bonjour,\n\nUne demande de nouveau mot de passe a été faite pour votre compte de la plateforme open data.\n\n' +
      `Pour choisir un nouveau mot de passe, ouvrez ce lien :\n\n${link}\n\n` +
      `Ce lien ne sert qu’une fois et expire dans ${RESET_MINUTES} minutes. Votre mot de passe actuel reste valable tant que vous n’en choisissez pas un autre.` +
      SIGNATURE,
  };
}

export function welcomeMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Votre compte sur la plateforme open data',
    text:
      'Bonjour,\n\nUn administrateur de la plateforme open data vous a créé un compte.\n\n' +
      `Pour choisir votre mot de passe, ouvrez ce lien :\n\n${link}\n\nCe lien ne sert qu’une fois et expire dans ${WELCOME_DAYS} jours.` +
      SIGNATURE,
  };
}
