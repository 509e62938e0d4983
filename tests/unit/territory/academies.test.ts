import { describe, expect, test } from 'vitest';
import { academieLabel, academieOf, academies } from '../../../src/territory/academies.ts';
import { departmentCodes } from '../../../src/territory/departments.ts';

describe('the académies table (Code de l’éducation, art. R222-2)', () => {
  test('gives every one of the 101 départements exactly one académie, among 30', () => {
    const departments = departmentCodes();
    expect(departments).toHaveLength(101);
    expect(academies).toHaveLength(30);
    const listed = academies.flatMap((academie) => academie.departments);
    expect([...listed].sort()).toEqual([...departments].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  test('knows the académies since 2020: Normandie and Mayotte', () => {
    expect(academieOf('14')?.name).toBe('Normandie');
    expect(academieOf('76')?.name).toBe('Normandie');
    expect(academieOf('976')?.name).toBe('Mayotte');
    expect(academieOf('2a')?.name).toBe('Corse');
    expect(academieOf('93')?.name).toBe('Créteil');
    expect(academieOf('54')?.departments).toEqual(['54', '55', '57', '88']);
  });

  test('leaves the overseas collectivities outside', () => {
    for (const code of ['975', '977', '978', '984', '986', '987', '988', '989'])
      expect(academieOf(code), code).toBeUndefined();
  });

  test('names an académie the way French and English text do', () => {
    expect(academieLabel(academieOf('28')!, 'fr')).toBe('académie d’Orléans-Tours');
    expect(academieLabel(academieOf('971')!, 'fr')).toBe('académie de la Guadeloupe');
    expect(academieLabel(academieOf('974')!, 'fr')).toBe('académie de La Réunion');
    expect(academieLabel(academieOf('69')!, 'fr')).toBe('académie de Lyon');
    expect(academieLabel(academieOf('13')!, 'en')).toBe('académie of Aix-Marseille');
  });
});
