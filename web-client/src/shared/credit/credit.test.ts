import { describe, expect, it } from 'vitest';
import { courseRequirement, courseTone, creditPercent, creditTone, formatHours, toneLabel, whyNotCounted } from './credit';
import { statement, videoCourse } from './fixtures';

describe('formatHours', () => {
  it('writes hours without trailing zeros', () => {
    expect(formatHours(2)).toBe('2');
    expect(formatHours(1.5)).toBe('1.5');
    expect(formatHours(0.75)).toBe('0.75');
    expect(formatHours(0)).toBe('0');
  });

  it('hides floating-point noise from summed hours', () => {
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
  });
});

describe('red or blue', () => {
  it('is blue (已达标) once met and red (未达标) below', () => {
    expect(creditTone(true)).toBe('met');
    expect(toneLabel(creditTone(true))).toBe('已达标');
    expect(creditTone(false)).toBe('short');
    expect(toneLabel(creditTone(false))).toBe('未达标');
  });

  it('follows the server: a course short of its own requirement stays red whatever its figure', () => {
    const twoButShort = { ...videoCourse, creditedHours: 2, met: false };
    expect(courseTone(twoButShort)).toBe('short');
    expect(courseTone({ ...videoCourse, met: true })).toBe('met');
  });

  it('colours neither an extension course nor one that only adds to the total', () => {
    expect(courseTone({ ...videoCourse, isExtension: true })).toBeNull();
    expect(courseTone({ ...videoCourse, requiredHours: 0, met: true })).toBeNull();
  });
});

describe('courseRequirement', () => {
  it('says what the course asks and the most it credits', () => {
    expect(courseRequirement({ requiredHours: 2, maxHours: 6, isExtension: false })).toBe('认定 2 学时 · 最多认定 6 学时');
    expect(courseRequirement({ requiredHours: 0, maxHours: undefined, isExtension: false })).toBe('计入专题总学时');
    expect(courseRequirement({ requiredHours: 1, maxHours: undefined, isExtension: true })).toBe('拓展课程，记录学习时长，不认定学时');
  });
});

describe('creditPercent', () => {
  it('is the share of the requirement, within 0–100', () => {
    expect(creditPercent(1, 2)).toBe(50);
    expect(creditPercent(8, 6)).toBe(100);
    expect(creditPercent(0, 0)).toBe(0);
  });
});

describe('whyNotCounted', () => {
  it('lists the program conditions first, then the course, then its resources', () => {
    const lines = whyNotCounted(statement);
    expect(lines.map((l) => [l.where, l.reason.code])).toEqual([
      ['专题', 'credit.not_verified'],
      ['平台学习规则入门', 'credit.course_hours_short'],
      ['平台学习规则入门 · 第二讲', 'credit.not_complete'],
    ]);
  });
});
