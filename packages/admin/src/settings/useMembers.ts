import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { currentOrg } from '../context/current-org';
import type { Role } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import {
  AddMembershipMutation,
  CreateUserMutation,
  MembersQuery,
  RemoveMembershipMutation,
} from './settings.graphql';

export interface NewMember {
  email: string;
  displayName: string;
  role: Role;
  hr: boolean;
  password: string;
}

/** Members of the current organisation and their roles (organisation administrators). */
export function useMembers(enabled: () => boolean) {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const { result, loading, error, refetch } = useQuery(
    MembersQuery,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value && enabled() }),
  );
  const members = computed(() =>
    (result.value?.users.nodes ?? []).map((u) => ({
      ...u,
      membership: u.memberships.find((m) => m.organization.siren === siren.value) ?? null,
    })),
  );
  const add = useMutation(AddMembershipMutation);
  const remove = useMutation(RemoveMembershipMutation);
  const create = useMutation(CreateUserMutation);

  async function run(action: () => Promise<unknown>, done: string): Promise<boolean> {
    try {
      await action();
      notify.success(done);
      await refetch();
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    }
  }

  return {
    members,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    busy: computed(() => add.loading.value || remove.loading.value || create.loading.value),
    setRole: (userId: string, role: Role, hr: boolean, name: string) =>
      run(
        () => add.mutate({ input: { userId, siren: siren.value!, role, hr } }),
        `Droits de ${name} enregistrés.`,
      ),
    removeMember: (userId: string, name: string) =>
      run(
        () => remove.mutate({ input: { userId, siren: siren.value! } }),
        `${name} n’est plus membre de la collectivité.`,
      ),
    invite: (m: NewMember) =>
      run(
        () =>
          create.mutate({
            input: {
              email: m.email.trim(),
              displayName: m.displayName.trim(),
              role: m.role,
              hr: m.hr,
              siren: siren.value!,
              password: m.password || null,
            },
          }),
        `${m.displayName.trim()} a été ajouté à la collectivité.`,
      ),
  };
}
