/**
 * The number of pages of a PDF that Chromium printed, read without a PDF library: the page
 * objects (`/Type /Page`, not `/Pages`) are counted and checked against the page tree's `/Count`.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const declared = [
    ...text.matchAll(
      /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
    ),
  ].map((match) => Number(match[1] ?? match[2]));
  if (declared.length && Math.max(...declared) !== pages) {
    throw new Error(
      `PDF page count unclear: ${pages} page objects, page tree says ${Math.max(...declared)}`,
    );
  }
  return pages;
}
