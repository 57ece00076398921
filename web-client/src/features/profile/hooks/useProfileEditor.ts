import { useEffect, useMemo, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/api';
import type { MyProfileResponse } from '../../../api/xueshi-client';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { toProblem } from '../../../shared/problem/problem';
import {
  formFieldOf,
  formValuesToUpdate,
  lockedFieldsFromError,
  profileToFormValues,
  readOnlyFields,
  toFieldName,
  type ProfileFormField,
  type ProfileFormValues,
} from '../../../shared/profile/profileFields';
import { meQueryKey, profileQueryKey, useMyProfile, useProfileOptions } from '../../../shared/api/queries';

const FORM_FIELDS: readonly ProfileFormField[] = [
  'realName', 'idType', 'idNumber', 'gender', 'ethnicity', 'politicalStatus', 'education', 'teacherType', 'school',
  'stage', 'subject', 'title', 'isPsychologyTeacher', 'isHeadTeacher', 'entryYear', 'honours', 'itAbility',
  'isBackboneTeacher', 'isSubjectLeader', 'isResearcher',
];

const CODE_FIELDS: Record<string, ProfileFormField> = { 'accounts.id_number_taken': 'idNumber' };

/** Loads 个人信息 into the form, saves it, and deletes 任教信息; errors land where the user acts. */
export function useProfileEditor(form: FormInstance<ProfileFormValues>) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const profile = useMyProfile();
  const options = useProfileOptions();
  const [alert, setAlert] = useState<string | null>(null);
  // Fields a profile_locked refusal named, until the profile is reloaded.
  const [refusal, setRefusal] = useState<unknown>(undefined);

  const locked = useMemo(() => readOnlyFields(profile.data?.lockedFields, refusal), [profile.data?.lockedFields, refusal]);

  useEffect(() => {
    if (profile.data) form.setFieldsValue(profileToFormValues(profile.data));
  }, [profile.data, form]);

  const accept = (saved: MyProfileResponse) => {
    queryClient.setQueryData(profileQueryKey, saved);
    setRefusal(undefined);
  };

  const save = useMutation({
    mutationFn: (values: ProfileFormValues) => api.updateMyProfile(formValuesToUpdate(values, locked, profile.data)),
    onSuccess: (saved) => {
      accept(saved);
      setAlert(null);
      message.success(saved.completeness.isComplete ? '个人信息已保存' : '已保存，还有必填信息未完善');
    },
    onError: (error) => {
      const problem = toProblem(error);
      if (lockedFieldsFromError(error).length > 0) {
        setRefusal(error);
        // What the form shows may be stale; the server's copy wins for the locked fields.
        void queryClient.invalidateQueries({ queryKey: profileQueryKey });
      }
      // The server names the school "schoolId"; the form calls it "school".
      const renamed = problem.errors
        ? Object.fromEntries(Object.entries(problem.errors).map(([k, v]) => {
            const field = toFieldName(k.split('.').pop() ?? k);
            return [field ? formFieldOf(field) : k, v];
          }))
        : undefined;
      const feedback = problemToFormFeedback({ ...problem, errors: renamed }, FORM_FIELDS, CODE_FIELDS);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
    },
  });

  const removeSchool = useMutation({
    mutationFn: () => api.removeMySchool(),
    onSuccess: async () => {
      setRefusal(undefined);
      message.success('任教信息已删除，请重新选择学校并提交审核');
      await queryClient.invalidateQueries({ queryKey: profileQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    },
    onError: (error) => {
      const problem = toProblem(error);
      if (problem.code === 'accounts.no_school') void queryClient.invalidateQueries({ queryKey: profileQueryKey });
      message.error(problem.title);
    },
  });

  return {
    profile,
    options,
    locked,
    alert,
    clearAlert: () => setAlert(null),
    save: (values: ProfileFormValues) => save.mutate(values),
    saving: save.isPending,
    // Resolves either way: the error was already shown, and the confirmation should close.
    removeSchool: () => removeSchool.mutateAsync().then(() => undefined, () => undefined),
    removingSchool: removeSchool.isPending,
  };
}
