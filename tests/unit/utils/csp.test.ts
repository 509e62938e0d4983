import { describe, expect, test } from 'vitest';
import { cspHash } from '../../../src/utils/csp.ts';

describe('the CSP hash of an inline script', () => {
  test('is the base64 SHA-256 of its exact text, as browsers compute it', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    // One space more is another script: the browser would refuse it.
    expect(cspHash('alert(1) ')).not.toBe(cspHash('alert(1)'));
  });
});
