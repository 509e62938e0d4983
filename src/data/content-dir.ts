/**
 * Where the content lives, relative to the project root. The benchmark points it at a
 * generated folder through `CONTINUITES_CONTENT_DIR`; everything else uses `content/`.
 */
export const contentDir: string = process.env.CONTINUITES_CONTENT_DIR ?? 'content';
