import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../../shared/api/api';
import type { IssueToken } from '../../../api/xueshi-client';
import { problemToFormFeedback } from '../../../shared/problem/formFeedback';
import { afterSignInPath } from '../../../shared/session/loginState';
import { toProblem } from '../../../shared/problem/problem';
import { useAuthActions } from '../../../shared/session/useAuth';
import { useCountdown } from '../../../shared/forms/useCountdown';

/** Signs in with either credential, reports errors on the form, and honours a lockout. */
export function useSignIn(form: FormInstance, fields: readonly string[]) {
  const { signIn } = useAuthActions();
  const navigate = useNavigate();
  const location = useLocation();
  const lock = useCountdown();
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (input: IssueToken) => {
    setSubmitting(true);
    setAlert(null);
    try {
      signIn(await api.issueToken(input));
      navigate(afterSignInPath(location.state), { replace: true });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status === 429 && problem.retryAfterSeconds) lock.start(problem.retryAfterSeconds);
      const feedback = problemToFormFeedback(problem, fields);
      form.setFields(feedback.fields);
      setAlert(feedback.alert);
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, submitting, alert, clearAlert: () => setAlert(null), lockSeconds: lock.remaining };
}
