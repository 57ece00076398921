import type { ConditionView } from '../../../api/xueshi-client';

/** Why the certificate cannot be claimed yet, every reason at once, in the teacher's words as the server says them. */
export function UnmetConditions({ conditions }: { conditions: ConditionView[] }) {
  return (
    <ul className="certificate-unmet" data-testid="certificate-unmet">
      {conditions.map((c, i) => (
        <li key={`${c.code}-${i}`} data-code={c.code}>
          {c.message}
        </li>
      ))}
    </ul>
  );
}
