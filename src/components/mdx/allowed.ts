/** A component authors may use in MDX content, and the attributes it takes (plain quoted values only). */
export interface AllowedComponent {
  /** Attributes that must be given. */
  required: readonly string[];
  /** Attributes that may be given. */
  optional: readonly string[];
}

/**
 * The allow-list of MDX components, by the name authors write (`<Name …>`). The content check
 * (`npm run check:content`) rejects any other component, and `index.ts` must pass exactly these to
 * rendered content (its type says so). Document each one in CONTRIBUTING.md and CONTRIBUTING.fr.md.
 */
export const allowedComponents = {} as const satisfies Readonly<Record<string, AllowedComponent>>;
