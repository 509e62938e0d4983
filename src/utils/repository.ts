import { siteConfig } from '../site-config.ts';

/** Where the site's sources live: the one repository URL of `siteConfig`, and its published branch. */
export interface Repository {
  url: string;
  branch: string;
}

const defaultRepository: Repository = { url: siteConfig.repository, branch: siteConfig.branch };
const clean = (path: string) =>
  path
    .replace(/^\.?\/+/, '')
    .split('\\')
    .join('/');

/**
 * The page where a contributor edits a file in the browser and opens a pull request.
 * @example editUrl('content/cases/fr/lab28-la-loupe.mdx', { url: 'https://github.com/o/r', branch: 'main' })
 *   // 'https://github.com/o/r/edit/main/content/cases/fr/lab28-la-loupe.mdx'
 */
export function editUrl(filePath: string, repository: Repository = defaultRepository): string {
  return `${repository.url}/edit/${repository.branch}/${clean(filePath)}`;
}

/**
 * The page where a contributor creates a file in a folder, its name filled in (to write a missing translation).
 * @example newFileUrl('content/cases/en', 'lab28-la-loupe.mdx', { url: 'https://github.com/o/r', branch: 'main' })
 *   // 'https://github.com/o/r/new/main/content/cases/en?filename=lab28-la-loupe.mdx'
 */
export function newFileUrl(
  folder: string,
  fileName: string,
  repository: Repository = defaultRepository,
): string {
  return `${repository.url}/new/${repository.branch}/${clean(folder)}?filename=${encodeURIComponent(fileName)}`;
}

/**
 * The page that shows a file of the repository (the contributor guide, for example).
 * @example fileUrl('CONTRIBUTING.fr.md', { url: 'https://github.com/o/r', branch: 'main' }) // 'https://github.com/o/r/blob/main/CONTRIBUTING.fr.md'
 */
export function fileUrl(path: string, repository: Repository = defaultRepository): string {
  return `${repository.url}/blob/${repository.branch}/${clean(path)}`;
}

/**
 * The form that proposes a case without writing Markdown (`.github/ISSUE_TEMPLATE/propose-case.yml`).
 * @example proposeCaseUrl({ url: 'https://github.com/o/r', branch: 'main' }) // 'https://github.com/o/r/issues/new?template=propose-case.yml'
 */
export function proposeCaseUrl(repository: Repository = defaultRepository): string {
  return `${repository.url}/issues/new?template=propose-case.yml`;
}

/**
 * The form that reports an accessibility problem (`.github/ISSUE_TEMPLATE/accessibility.yml`): the
 * contact given by the accessibility statement.
 * @example accessibilityIssueUrl({ url: 'https://github.com/o/r', branch: 'main' }) // 'https://github.com/o/r/issues/new?template=accessibility.yml'
 */
export function accessibilityIssueUrl(repository: Repository = defaultRepository): string {
  return `${repository.url}/issues/new?template=accessibility.yml`;
}
