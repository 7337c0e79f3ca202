import { ofName } from '@opendata/api/shared';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { currentOrg } from '../context/current-org';
import type { Role } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import {
  AddMembershipMutation,
  InvitationsQuery,
  InviteMemberMutation,
  MembersQuery,
  RemoveMembershipMutation,
  RevokeInvitationMutation,
} from './settings.graphql';

export interface NewMember {
  email: string;
  displayName: string;
  role: Role;
  hr: boolean;
}

/** What the admin reads after adding someone by e-mail (never silent, never empty). */
export function inviteMessage(outcome: 'ADDED' | 'INVITED', name: string, email: string): string {
  return outcome === 'ADDED'
    ? `${name} (${email}) est maintenant membre de la collectivité.`
    : `Invitation envoyée à ${email}. ${name} rejoindra la collectivité en suivant le lien reçu par e-mail (valable 7 jours).`;
}

/** Members of the current organisation, their roles and pending invitations (administrators). */
export function useMembers(enabled: () => boolean) {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const vars = () => ({ siren: siren.value ?? '' });
  const options = () => ({ enabled: !!siren.value && enabled() });
  const { result, loading, error, refetch } = useQuery(MembersQuery, vars, options);
  const pending = useQuery(InvitationsQuery, vars, options);
  const members = computed(() =>
    (result.value?.users.nodes ?? []).map((u) => ({
      ...u,
      membership: u.memberships.find((m) => m.organization.siren === siren.value) ?? null,
    })),
  );
  const add = useMutation(AddMembershipMutation);
  const remove = useMutation(RemoveMembershipMutation);
  const invite = useMutation(InviteMemberMutation);
  const revoke = useMutation(RevokeInvitationMutation);

  async function run(action: () => Promise<string>): Promise<boolean> {
    try {
      notify.success(await action());
      await Promise.all([refetch(), pending.refetch()]);
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    }
  }

  const inviteMember = (m: NewMember) =>
    run(async () => {
      const name = m.displayName.trim();
      const r = await invite.mutate({
        input: {
          email: m.email.trim(),
          displayName: name,
          role: m.role,
          hr: m.hr,
          siren: siren.value!,
        },
      });
      const outcome = r?.data?.inviteMember.outcome ?? 'INVITED';
      return inviteMessage(outcome, name, r?.data?.inviteMember.email ?? m.email.trim());
    });

  return {
    members,
    invitations: computed(() => pending.result.value?.invitations ?? []),
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    busy: computed(
      () =>
        add.loading.value || remove.loading.value || invite.loading.value || revoke.loading.value,
    ),
    setRole: (userId: string, role: Role, hr: boolean, name: string) =>
      run(async () => {
        await add.mutate({ input: { userId, siren: siren.value!, role, hr } });
        return `Droits ${ofName(name)} enregistrés.`;
      }),
    removeMember: (userId: string, name: string) =>
      run(async () => {
        await remove.mutate({ input: { userId, siren: siren.value! } });
        return `${name} n’est plus membre de la collectivité.`;
      }),
    invite: inviteMember,
    revokeInvitation: (id: string, email: string) =>
      run(async () => {
        await revoke.mutate({ id });
        return `Invitation ${ofName(email)} annulée : son lien ne fonctionne plus.`;
      }),
  };
}
