import { readFileSync } from 'node:fs';

/** The largest content file read (256 KB): a longer text is refused before it is parsed. */
export const maxContentBytes = 256 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A content file's text, or why it cannot be read: larger than `maxContentBytes` (refused before
 * anything parses it), or not UTF-8 (a Windows-1252 file would show garbled accents, or stop the build).
 * A byte-order mark is kept, as Astro reads it.
 * @example readContentText('content/cases/fr/x.mdx') // { text: '---\ntitle: …' }
 */
export function readContentText(
  path: string,
):
  | { text: string; error?: undefined }
  | { text?: undefined; error: 'too large' | 'not UTF-8'; bytes: number } {
  const bytes = readFileSync(path);
  if (bytes.length > maxContentBytes) return { error: 'too large', bytes: bytes.length };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'not UTF-8', bytes: bytes.length };
  }
}
