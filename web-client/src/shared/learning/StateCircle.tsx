import type { LearningState } from '../../api/xueshi-client';

export const STATE_LABELS: Record<LearningState, string> = {
  notStarted: '未开始',
  inProgress: '学习中',
  completed: '已完成',
};

/** What a screen reader hears for a resource's circle: 已完成, 学习中（已观看40%）, 未开始. */
export function stateLabel(state: LearningState, percent: number): string {
  return state === 'inProgress' ? `${STATE_LABELS.inProgress}（已观看${Math.floor(percent)}%）` : STATE_LABELS[state];
}

/** The manuals' circle: hollow (未开始), partly filled (学习中), filled with ✓ (已完成). */
export function StateCircle({ state, percent = 0, size = 20 }: { state: LearningState; percent?: number; size?: number }) {
  const r = 8;
  const c = 2 * Math.PI * r;
  const fill = state === 'inProgress' ? Math.min(0.9, Math.max(0.1, percent / 100)) : 0;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      role="img"
      aria-label={stateLabel(state, percent)}
      className={`state-circle state-circle--${state}`}
      data-state={state}
    >
      <circle cx="10" cy="10" r={r} fill={state === 'completed' ? '#1f7a3a' : 'none'} stroke={state === 'notStarted' ? '#6b6b6b' : '#1f7a3a'} strokeWidth="2" />
      {state === 'inProgress' && (
        // A pie drawn as a thick dashed stroke: the filled share is the part watched.
        <circle
          cx="10"
          cy="10"
          r={r / 2}
          fill="none"
          stroke="#1f7a3a"
          strokeWidth={r}
          strokeDasharray={`${(fill * c) / 2} ${c}`}
          transform="rotate(-90 10 10)"
        />
      )}
      {state === 'completed' && <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />}
    </svg>
  );
}
