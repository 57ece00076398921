// 封面: the server checks an image by its content (magic bytes); checking the type here first only
// saves the operator an upload that would be refused.

export const COVER_TYPES = ['image/png', 'image/jpeg'] as const;

/** null when the file may be sent as a cover; otherwise why not, in Chinese. */
export function coverFileProblem(file: Pick<File, 'type' | 'name'>): string | null {
  const byType = (COVER_TYPES as readonly string[]).includes(file.type);
  const byName = /\.(png|jpe?g)$/i.test(file.name);
  return byType || (!file.type && byName) ? null : '封面须为 PNG 或 JPEG 图片';
}
