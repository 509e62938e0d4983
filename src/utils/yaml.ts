import yaml from 'js-yaml';

/** A YAML text that could not be read: where, and what to do about it. */
export interface YamlError {
  /** 1-based line of the file, when the parser knows it. */
  line?: number | undefined;
  message: string;
}

/**
 * Read YAML as Astro does (js-yaml). A syntax error becomes a message for contributors, with its line
 * counted from `firstLine` (the line of the file where the text starts, for a frontmatter block).
 * @example readYaml('a: b: c') // { error: { line: 1, message: 'the YAML cannot be read: bad indentation… (check the indentation, …)' } }
 */
export function readYaml(
  text: string,
  firstLine = 1,
): { data: unknown; error?: undefined } | { data?: undefined; error: YamlError } {
  try {
    return { data: yaml.load(text) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      error: {
        line: mark ? mark.line + firstLine : undefined,
        message: `the YAML cannot be read: ${reason} (check the indentation, and put quotes around a text that contains ": " or starts with a special character)`,
      },
    };
  }
}
