import { siteConfig } from '../site-config.ts';
import { buildCodebook, type CodebookField } from '../open-data/codebook.ts';
import { toCsv } from '../open-data/csv.ts';
import { caseRecord, type CaseRecord } from '../open-data/records.ts';
import { getSiteData } from './site-data.ts';

/** The files of the open-data page, built once per build from the site's content. */
export interface OpenData {
  records: CaseRecord[];
  codebook: CodebookField[];
  /** cases.json */
  json: string;
  /** cases.csv */
  csv: string;
  /** codebook.json */
  codebookJson: string;
}

/** Where the files are published: language-neutral addresses, linked from /fr/donnees/ and /en/data/. */
export const openDataFiles = {
  json: '/data/cases.json',
  csv: '/data/cases.csv',
  codebook: '/data/codebook.json',
} as const;

const licence = {
  text: 'Creative Commons Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/',
  territoryData:
    'Derived from INSEE data (@etalab/decoupage-administratif), Licence Ouverte / Open Licence 2.0, https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

let pending: Promise<OpenData> | undefined;

/** The records, the codebook and the three files; every endpoint and the data page share them. */
export function getOpenData(): Promise<OpenData> {
  pending ??= (async () => {
    const { cases, taxonomy } = await getSiteData();
    const records = cases.map((group) => caseRecord(group, taxonomy, siteConfig.url));
    const codebook = buildCodebook(taxonomy);
    const about = {
      name: 'Continuités',
      description:
        'Case studies of digital education run by French local authorities with their schools, in French and English.',
      licence,
      codebook: new URL(openDataFiles.codebook, siteConfig.url).href,
    };
    return {
      records,
      codebook,
      json: `${JSON.stringify({ ...about, count: records.length, cases: records }, null, 2)}\n`,
      csv: toCsv(records, codebook),
      codebookJson: `${JSON.stringify({ ...about, fields: codebook }, null, 2)}\n`,
    };
  })();
  return pending;
}
