import { formatHours } from '../../../shared/credit/credit';
import '../../../shared/credit/credit.css';

/**
 * The hours a certificate records, as 查看学习进度 shows credited hours once they count: the figure in
 * the credit blue. A certificate only ever records recognised hours, so it is never red.
 */
export function HoursFigure({ hours, testId }: { hours: number; testId?: string }) {
  return (
    <span className="credit-figure-wrap">
      <span className="credit-figure credit-figure--met" data-testid={testId}>
        {formatHours(hours)}
      </span>{' '}
      学时
    </span>
  );
}
