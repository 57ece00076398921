import { describe, expect, it } from 'vitest';
import { checkPhoto, MAX_PHOTO_BYTES } from './photoCheck';

describe('ID photo check', () => {
  it('accepts a JPEG or PNG up to 5 MB', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: MAX_PHOTO_BYTES })).toBeNull();
    expect(checkPhoto({ type: 'image/png', size: 1000 })).toBeNull();
  });

  it('refuses anything bigger', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: MAX_PHOTO_BYTES + 1 })).toBe('照片不能超过 5 MB，请压缩后再上传');
  });

  it('refuses other types, going by the extension when the phone gives no type', () => {
    expect(checkPhoto({ type: 'image/heic', size: 1000 })).toBe('请上传 JPG 或 PNG 格式的照片');
    expect(checkPhoto({ type: 'application/pdf', size: 1000, name: 'id.pdf' })).toBe('请上传 JPG 或 PNG 格式的照片');
    expect(checkPhoto({ type: '', size: 1000, name: 'IMG_0001.JPG' })).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(checkPhoto({ type: 'image/png', size: 0 })).toBe('照片文件是空的，请重新选择');
  });
});
