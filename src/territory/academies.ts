// The académies of the Éducation nationale and their départements. @etalab/decoupage-administratif
// has no académies, so this small table is kept by hand from the official list: Code de l'éducation,
// article R222-2 (circonscriptions académiques), in force since 1 January 2020, when the académies of
// Caen and Rouen became the académie de Normandie and Mayotte got an académie of its own (read on
// Légifrance, the official site of French law). Overseas collectivities (975, 977, 978, 984, 986–989)
// are outside the académies (vice-rectorats or services attached to one); they have no entry.
// tests/unit/territory/academies.test.ts checks that every département has exactly one académie.

/** An académie and the INSEE codes of its départements. */
export interface Academie {
  /** The name as the ministry writes it after « académie de » / « académie d’ » (Aix-Marseille, La Réunion). */
  name: string;
  departments: readonly string[];
  /** What comes between « académie » and the name in French, when it is not « de ». */
  of?: 'd’' | 'de la ';
}

/** The 30 académies (Code de l'éducation, art. R222-2), in alphabetical order. */
export const academies: readonly Academie[] = [
  { name: 'Aix-Marseille', departments: ['04', '05', '13', '84'], of: 'd’' },
  { name: 'Amiens', departments: ['02', '60', '80'], of: 'd’' },
  { name: 'Besançon', departments: ['25', '39', '70', '90'] },
  { name: 'Bordeaux', departments: ['24', '33', '40', '47', '64'] },
  { name: 'Clermont-Ferrand', departments: ['03', '15', '43', '63'] },
  { name: 'Corse', departments: ['2A', '2B'] },
  { name: 'Créteil', departments: ['77', '93', '94'] },
  { name: 'Dijon', departments: ['21', '58', '71', '89'] },
  { name: 'Grenoble', departments: ['07', '26', '38', '73', '74'] },
  { name: 'Guadeloupe', departments: ['971'], of: 'de la ' },
  { name: 'Guyane', departments: ['973'], of: 'de la ' },
  { name: 'La Réunion', departments: ['974'] },
  { name: 'Lille', departments: ['59', '62'] },
  { name: 'Limoges', departments: ['19', '23', '87'] },
  { name: 'Lyon', departments: ['01', '42', '69'] },
  { name: 'Martinique', departments: ['972'], of: 'de la ' },
  { name: 'Mayotte', departments: ['976'] },
  { name: 'Montpellier', departments: ['11', '30', '34', '48', '66'] },
  { name: 'Nancy-Metz', departments: ['54', '55', '57', '88'] },
  { name: 'Nantes', departments: ['44', '49', '53', '72', '85'] },
  { name: 'Nice', departments: ['06', '83'] },
  { name: 'Normandie', departments: ['14', '27', '50', '61', '76'] },
  { name: 'Orléans-Tours', departments: ['18', '28', '36', '37', '41', '45'], of: 'd’' },
  { name: 'Paris', departments: ['75'] },
  { name: 'Poitiers', departments: ['16', '17', '79', '86'] },
  { name: 'Reims', departments: ['08', '10', '51', '52'] },
  { name: 'Rennes', departments: ['22', '29', '35', '56'] },
  { name: 'Strasbourg', departments: ['67', '68'] },
  { name: 'Toulouse', departments: ['09', '12', '31', '32', '46', '65', '81', '82'] },
  { name: 'Versailles', departments: ['78', '91', '92', '95'] },
];

const byDepartment = new Map(
  academies.flatMap((academie) => academie.departments.map((code) => [code, academie] as const)),
);

/**
 * How an académie is named in running text, in each language.
 * @example academieLabel(academieOf('28')!, 'fr') // 'académie d’Orléans-Tours'
 * @example academieLabel(academieOf('971')!, 'en') // 'académie of Guadeloupe'
 */
export function academieLabel(academie: Academie, locale: 'fr' | 'en'): string {
  return locale === 'fr'
    ? `académie ${academie.of ?? 'de '}${academie.name}`
    : `académie of ${academie.name}`;
}

/**
 * The académie of a département, or undefined for an overseas collectivity outside the académies.
 * @example academieOf('28')?.name // 'Orléans-Tours'
 * @example academieOf('987') // undefined
 */
export function academieOf(departmentCode: string): Academie | undefined {
  return byDepartment.get(departmentCode.toUpperCase());
}
