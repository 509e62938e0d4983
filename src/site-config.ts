/**
 * Site-wide settings, in one place. `SITE_URL` sets the public address at build time
 * (canonical links, Open Graph, sitemap); the default is a placeholder to replace when deploying.
 */
export const siteConfig = {
  /** The public address of the site, without a trailing slash. */
  url: (process.env.SITE_URL ?? 'https://continuites.example.org').replace(/\/$/, ''),
  /** Where contributors propose changes; "edit this page" links are built from it. */
  repository: process.env.SITE_REPOSITORY ?? 'https://github.com/continuites/continuites',
  /** The branch that holds the published content. */
  branch: 'main',
  /** The OAuth service that signs contributors in to the web editor with GitHub (README, "The web editor on GitHub"). */
  cmsAuthUrl: process.env.CMS_AUTH_URL || undefined,
} as const;
