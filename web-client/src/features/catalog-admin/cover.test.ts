import { describe, expect, it } from 'vitest';
import { coverFileProblem } from './cover';

describe('cover file', () => {
  it('takes PNG and JPEG images', () => {
    expect(coverFileProblem({ type: 'image/png', name: 'cover.png' })).toBeNull();
    expect(coverFileProblem({ type: 'image/jpeg', name: '封面.JPG' })).toBeNull();
  });

  it('falls back to the name only when the browser gives no type', () => {
    expect(coverFileProblem({ type: '', name: 'cover.jpeg' })).toBeNull();
    expect(coverFileProblem({ type: '', name: 'cover.gif' })).toBe('封面须为 PNG 或 JPEG 图片');
  });

  it('refuses other files whatever their name', () => {
    expect(coverFileProblem({ type: 'image/gif', name: 'cover.png' })).toBe('封面须为 PNG 或 JPEG 图片');
    expect(coverFileProblem({ type: 'application/pdf', name: 'a.pdf' })).toBe('封面须为 PNG 或 JPEG 图片');
  });
});
