/** The ID photo of a phone rebinding request: the server takes JPEG or PNG up to 5 MB. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

export function checkPhoto(file: { type: string; size: number; name?: string }): string | null {
  const type = file.type || guessType(file.name);
  if (!(PHOTO_TYPES as readonly string[]).includes(type)) return '请上传 JPG 或 PNG 格式的照片';
  if (file.size > MAX_PHOTO_BYTES) return '照片不能超过 5 MB，请压缩后再上传';
  if (file.size === 0) return '照片文件是空的，请重新选择';
  return null;
}

// Some phones give no MIME type for a picked photo; the extension then has to do.
function guessType(name: string | undefined): string {
  const ext = (name ?? '').toLowerCase().split('.').pop();
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg';
  if (ext === 'png') return 'image/png';
  return '';
}
