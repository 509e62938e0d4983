/** A population band of content/taxonomy/population-bands.yaml. */
export interface PopulationBand {
  id: string;
  min: number;
  max?: number | undefined;
}

/**
 * The band a population falls in; undefined when the population is unknown (a national network).
 * @example populationBand(3191, [{ id: 'small', min: 0, max: 9999 }, { id: 'large', min: 10000 }]) // 'small'
 */
export function populationBand(
  population: number | undefined,
  bands: readonly PopulationBand[],
): string | undefined {
  if (population === undefined) return undefined;
  return bands.find(
    (band) => population >= band.min && (band.max === undefined || population <= band.max),
  )?.id;
}
