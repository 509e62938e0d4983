/**
 * The Content-Security-Policy of the web editor's page (public/admin/index.html), the one page whose
 * policy is wider than the site's (astro.config.mjs): Decap CMS needs three things the site refuses.
 * tests/e2e/privacy-csp.spec.ts checks that the built page carries exactly this policy and that no
 * other page does; README "The web editor's policy" explains it to hosts.
 */
export const editorPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Decap compiles the validator of its configuration (ajv) with `new Function`.
  'script-src': ["'self'", "'unsafe-eval'"],
  // Decap's components style themselves with inline <style> elements (emotion).
  'style-src': ["'self'", "'unsafe-inline'"],
  // Contributors' GitHub avatars; images being uploaded are shown from blob: and data: URLs.
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  // The GitHub API, where the editor reads the repository and opens pull requests.
  'connect-src': ["'self'", 'https://api.github.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The editor's policy as it is written in its page's meta element. */
export const editorPolicyText = Object.entries(editorPolicy)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
