/**
 * The phrase bank of the benchmark's synthetic cases, read from text-bank.yaml (the data: phrases in
 * French and English with slots such as {place} or {school}, invented names, real académies and former
 * regions). Nothing here is published: it only gives the benchmark text of a realistic length and vocabulary.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** A phrase in both languages. */
export interface Pair {
  fr: string;
  en: string;
}

/** What a case about a theme can say, section by section. */
export interface ThemeBank {
  /** Title endings: "À Brest, <title>". */
  titles: Pair[];
  /** List items of "what was done". */
  actions: Pair[];
  /** Sentences of "what it brings". */
  benefits: Pair[];
  /** Questions to ask before starting. */
  questions: Pair[];
}

/** Everything text-bank.yaml holds; its comments say what each part is for. */
export interface TextBank {
  themeBanks: Record<string, ThemeBank>;
  contexts: Record<string, Pair[]>;
  actionIntros: Pair[];
  actionFollowUps: Pair[];
  roles: Record<string, Pair[]>;
  conditions: Pair[];
  summaries: Pair[];
  schoolNames: string[];
  associationNames: string[];
  companyNames: string[];
  toolNames: string[];
  academies: { name: string; departments: string[] }[];
  formerRegions: { name: string; region: string; departments: string[] }[];
  networkNames: string[];
}

const parts = [
  'themeBanks',
  'contexts',
  'actionIntros',
  'actionFollowUps',
  'roles',
  'conditions',
  'summaries',
  'schoolNames',
  'associationNames',
  'companyNames',
  'toolNames',
  'academies',
  'formerRegions',
  'networkNames',
] as const satisfies readonly (keyof TextBank)[];

/** Read the phrase bank; a part that is missing or empty fails with its name, before any case is written. */
export function readTextBank(file: URL = new URL('./text-bank.yaml', import.meta.url)): TextBank {
  const data = yaml.load(readFileSync(file, 'utf8')) as Partial<TextBank> | null;
  const missing = parts.filter((part) => !data?.[part] || Object.keys(data[part]).length === 0);
  if (missing.length) throw new Error(`${file.pathname}: missing or empty: ${missing.join(', ')}`);
  return data as TextBank;
}
