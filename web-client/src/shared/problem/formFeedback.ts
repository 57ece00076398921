import type { Problem } from './problem';

export interface FieldFeedback<F extends string = string> {
  name: F;
  errors: string[];
}

export interface FormFeedback<F extends string = string> {
  /** Errors to show under the form's own fields (antd form.setFields). */
  fields: FieldFeedback<F>[];
  /** Message for the form-level alert, or null when every error found its field. */
  alert: string | null;
}

/** "Phone", "request.phone", "$.phone", "body.Phone" all mean the form field "phone". */
export function fieldNameFromKey(key: string): string {
  const last = key.split('.').filter(Boolean).pop() ?? key;
  const bare = last.replace(/\[\d+\]$/, '');
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

/**
 * Decides where the user reads a server error: under the field it is about, or in the alert.
 * codeFields sends business errors that concern one field (e.g. accounts.phone_taken → phone)
 * to that field, because that is where the user has to act.
 */
export function problemToFormFeedback<F extends string>(
  problem: Problem,
  formFields: readonly F[],
  codeFields: Readonly<Record<string, NoInfer<F>>> = {},
): FormFeedback<F> {
  const known = new Set<string>(formFields);
  const isField = (name: string): name is F => known.has(name);

  const codeField = codeFields[problem.code];
  if (codeField && isField(codeField)) {
    return { fields: [{ name: codeField, errors: [problem.title] }], alert: null };
  }

  if (!problem.errors) return { fields: [], alert: problem.title };

  const byField = new Map<F, string[]>();
  const unmatched: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors)) {
    const name = fieldNameFromKey(key);
    if (isField(name)) byField.set(name, [...(byField.get(name) ?? []), ...messages]);
    else unmatched.push(...messages);
  }

  const fields = [...byField].map(([name, errors]) => ({ name, errors }));
  let alert: string | null = null;
  if (unmatched.length > 0) alert = unmatched.join('；');
  else if (fields.length === 0) alert = problem.title;
  return { fields, alert };
}
