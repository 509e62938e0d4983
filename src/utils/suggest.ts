/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The allowed value closest to what a contributor typed, if it is close enough to be a typo.
 * @example closest('parcour', ['parcours', 'journee', 'territoire']) // 'parcours'
 * @example closest('xyz', ['parcours', 'journee']) // undefined
 */
export function closest(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const value of allowed) {
    const distance = editDistance(needle, value.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [value, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(needle.length / 3))
    ? best
    : undefined;
}

/**
 * The message a contributor reads when a value is not in a controlled list.
 * @example notOneOf('parcour', ['parcours', 'journee']) // '"parcour" is not one of parcours | journee (did you mean "parcours"?)'
 */
export function notOneOf(input: unknown, allowed: readonly string[]): string {
  const suggestion =
    typeof input === 'string' && input.length <= 100 ? closest(input, allowed) : undefined;
  // A long value is cut: the message names the field and its line, not the whole value again.
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  const shown =
    typeof input === 'string'
      ? JSON.stringify(cut(input))
      : cut(JSON.stringify(input) ?? String(input));
  return `${shown} is not one of ${allowed.join(' | ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}
