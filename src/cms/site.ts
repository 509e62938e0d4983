import type { Locale } from '../i18n/config.ts';
import { contentDir } from '../data/content-dir.ts';
import { readVocabularies as readVocabularyIds } from '../data/vocabularies.ts';
import { caseSchema } from '../schemas/case.ts';
import { pageSchema } from '../schemas/page.ts';
import { voiceSchema } from '../schemas/voice.ts';
import { siteConfig } from '../site-config.ts';
import { cmsConfig, type CmsBackend, type CmsConfig } from './config.ts';
import { readTerritoryCodes, readVocabularies, type TerritoryCodes } from './vocabularies.ts';

// This site's schemas and content, given to the generator: the one place that says where they come from.

/**
 * The GitHub repository the published editor writes to, from `SITE_REPOSITORY`, and the OAuth
 * service that signs contributors in (`CMS_AUTH_URL`, see README "The web editor on GitHub").
 * @example githubBackend('https://github.com/continuites/continuites') // { name: 'github', repo: 'continuites/continuites', … }
 */
export function githubBackend(
  repository: string = siteConfig.repository,
  authUrl: string | undefined = siteConfig.cmsAuthUrl,
): CmsBackend {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match)
    throw new Error(
      `SITE_REPOSITORY: "${repository}" is not a GitHub repository address (https://github.com/<owner>/<name>)`,
    );
  return {
    name: 'github',
    repo: match[1]!,
    branch: siteConfig.branch,
    // Contributors without write access save to a fork of their own; the pull request comes from it.
    open_authoring: true,
    ...(authUrl ? { base_url: authUrl, auth_endpoint: 'auth' } : {}),
  };
}

/**
 * The web editor's configuration for this site, in one interface language. The controlled lists are
 * read from `contentPath` (`npm run cms` may serve another repository than the working directory); the
 * editor's folders are always the repository's `content/`.
 */
export function siteCmsConfig(
  locale: Locale,
  backend: CmsBackend = githubBackend(),
  contentPath: string = contentDir,
): CmsConfig {
  const territoryCodes = siteTerritoryCodes();
  const ids = readVocabularyIds(contentPath);
  return cmsConfig({
    caseSchema: caseSchema(ids),
    voiceSchema: voiceSchema(ids),
    pageSchema: pageSchema(ids),
    taxonomy: readVocabularies(contentPath),
    departments: territoryCodes.departement,
    locale,
    backend,
    contentDir: 'content',
    siteUrl: siteConfig.url,
  });
}

let codes: TerritoryCodes | undefined;

/** The official codes the editor checks territories against (read once). */
export function siteTerritoryCodes(): TerritoryCodes {
  codes ??= readTerritoryCodes();
  return codes;
}
