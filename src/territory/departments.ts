// The départements and regions as lists, for the pages that show every department (the department
// pages, the list « Pour mon territoire » offers without JavaScript). Build-only: reads the package.
import { compareDepartmentCodes } from './map.ts';
import { readDecoupage, type RawArea } from './commune-index.ts';

/** A department and its region, with their official names. */
export interface DepartmentInfo {
  code: string;
  name: string;
  region: { code: string; name: string };
}

let departments: DepartmentInfo[] | undefined;

/**
 * The 101 départements (metropolitan and overseas; not the overseas collectivities), in INSEE order.
 * @example departmentInfos()[0] // { code: '01', name: 'Ain', region: { code: '84', name: 'Auvergne-Rhône-Alpes' } }
 */
export function departmentInfos(): DepartmentInfo[] {
  if (!departments) {
    const regions = new Map(
      readDecoupage<RawArea>('regions').map((region) => [region.code, region.nom]),
    );
    departments = readDecoupage<RawArea>('departements')
      .filter((department) => department.zone !== 'com')
      .map((department) => ({
        code: department.code,
        name: department.nom,
        region: { code: department.region ?? '', name: regions.get(department.region ?? '') ?? '' },
      }))
      .sort((a, b) => compareDepartmentCodes(a.code, b.code));
  }
  return departments;
}

/** The INSEE codes of the 101 départements, in INSEE order: each has a page. */
export function departmentCodes(): string[] {
  return departmentInfos().map((department) => department.code);
}

/**
 * The départements grouped by region, regions in alphabetical order of their name.
 * @example departmentsByRegion('fr')[0] // { code: '84', name: 'Auvergne-Rhône-Alpes', departments: [Ain, Allier, …] }
 */
export function departmentsByRegion(
  locale: string,
): { code: string; name: string; departments: DepartmentInfo[] }[] {
  const groups = new Map<string, { code: string; name: string; departments: DepartmentInfo[] }>();
  for (const department of departmentInfos()) {
    const group = groups.get(department.region.code) ?? { ...department.region, departments: [] };
    group.departments.push(department);
    groups.set(department.region.code, group);
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
}
