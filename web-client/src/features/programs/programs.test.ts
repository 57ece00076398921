import { describe, expect, it } from 'vitest';
import {
  STATUS_TABS,
  chinaToday,
  formatDay,
  formatDuration,
  formatWindow,
  ratingLabel,
  refusalFromCheck,
  refusalFromError,
  tabFromQuery,
} from './programs';

describe('status tabs', () => {
  it('are 进行中, 即将开始, 已结束 in that order', () => {
    expect(STATUS_TABS.map((t) => t.label)).toEqual(['进行中', '即将开始', '已结束']);
  });

  it('open 进行中 unless the link names another tab', () => {
    expect(tabFromQuery(null)).toBe('open');
    expect(tabFromQuery('ended')).toBe('ended');
    expect(tabFromQuery('finished')).toBe('open');
  });
});

describe('window formatting in China Standard Time', () => {
  it('shows the dates as they are, whatever the device zone', () => {
    expect(formatDay('2023-01-05')).toBe('2023年1月5日');
    expect(formatWindow('2023-01-05', '2023-02-28')).toBe('2023年1月5日—2023年2月28日');
  });

  it('takes today from Beijing: 16:30 UTC is already the next day there', () => {
    expect(chinaToday(new Date('2026-02-27T16:30:00Z'))).toBe('2026-02-28');
    expect(chinaToday(new Date('2026-02-27T15:59:59Z'))).toBe('2026-02-27');
  });
});

describe('durations and ratings', () => {
  it('reads like the course page', () => {
    expect(formatDuration(750)).toBe('12分30秒');
    expect(formatDuration(3900)).toBe('1小时5分');
    expect(formatDuration(45)).toBe('45秒');
    expect(formatDuration(null)).toBe('');
    expect(ratingLabel(4.9, 125)).toBe('4.9分(125个)');
    expect(ratingLabel(null, 0)).toBe('暂无评分');
  });
});

describe('refusals', () => {
  it('show the program’s own 学制 message and where to go instead', () => {
    const view = refusalFromError({
      status: 403,
      code: 'enrollment.school_system_not_admitted',
      title: '您所在学校的学制不在本专题的培训范围内。',
      message: '本平台为基础教育教师学习平台，中职、高职、技工学校、职业本科和高等教育学校教师请登录相应平台参加培训。',
      redirectProgramId: 'p-2',
      redirectProgramTitle: '职业教育专题',
    });
    expect(view.message).toContain('本平台为基础教育教师学习平台');
    expect(view.redirect).toEqual({ programId: 'p-2', title: '职业教育专题' });
    expect(view.switchIdentity).toBe(false);
  });

  it('fall back to the title, and send a student to switch identity', () => {
    const view = refusalFromError({ status: 403, code: 'enrollment.identity_not_admitted', title: '请先切换为教师' });
    expect(view.message).toBe('请先切换为教师');
    expect(view.switchIdentity).toBe(true);
    expect(view.redirect).toBeUndefined();
  });

  it('read the dialog’s check the same way', () => {
    const view = refusalFromCheck({ code: 'enrollment.before_window', message: '该专题尚未开始', redirectProgramId: undefined, redirectProgramTitle: undefined });
    expect(view).toEqual({ code: 'enrollment.before_window', message: '该专题尚未开始', redirect: undefined, switchIdentity: false });
  });
});
