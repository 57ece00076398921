import { useQuery } from '@tanstack/react-query';
import { api } from './api';

export const meQueryKey = ['me'] as const;
export const profileQueryKey = ['me', 'profile'] as const;
export const profileOptionsQueryKey = ['profile-options'] as const;
export const adminScopesQueryKey = ['me', 'admin-scopes'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: () => api.getMe() });
}

export function useMyProfile(enabled = true) {
  return useQuery({ queryKey: profileQueryKey, queryFn: () => api.getMyProfile(), enabled });
}

export function useProfileOptions() {
  // The lists change with a deployment, not during a visit.
  return useQuery({ queryKey: profileOptionsQueryKey, queryFn: () => api.getProfileOptions(), staleTime: Infinity });
}

export function useAdminScopes(enabled = true) {
  return useQuery({ queryKey: adminScopesQueryKey, queryFn: () => api.getMyAdminScopes(), enabled });
}
