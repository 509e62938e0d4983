import type { Locale } from '../i18n/config.ts';

// What the web editor shows beside each field. The English help text of a field is its schema's
// `.describe()` text (src/schemas/), so it cannot drift from the schema; labels in both languages and
// the French help text are written here. tests/unit/cms/config.test.ts fails when a schema field has
// no text here, or when a text here has no field left.

/** A text in both languages of the site. */
export type Bilingual = Record<Locale, string>;

/** A field's label in both languages and its French help (its English help is the schema's `.describe()`). */
export interface FieldText {
  label: Bilingual;
  /** The help text shown under the field in the French interface. */
  hintFr: string;
  /** For a list: what one item is called ("Ajouter un acteur"). */
  singular?: Bilingual;
}

/** Fields of the files that are not in the frontmatter schema: the text itself. */
export const bodyField = 'body';

const citation = (hintFr: string): Record<string, FieldText> => ({
  id: {
    label: { fr: 'Document source', en: 'Source document' },
    hintFr: 'Le document d’où viennent les faits, parmi ceux de content/sources.yaml.',
  },
  section: {
    label: { fr: 'Partie du document', en: 'Part of the document' },
    hintFr,
  },
});

/**
 * Labels and French help of every field, by collection and by path (`territory.code`, `actors.name`:
 * the fields of a list's items are named after the list, without an index).
 */
export const fieldTexts: Record<'cases' | 'voices' | 'pages', Record<string, FieldText>> = {
  cases: {
    title: {
      label: { fr: 'Titre', en: 'Title' },
      hintFr: 'Dans la langue de la fiche : ce qui a été fait, et où (5 à 120 caractères).',
    },
    summary: {
      label: { fr: 'Résumé', en: 'Summary' },
      hintFr: 'Une phrase qui résume la fiche pour un lecteur pressé (20 à 300 caractères).',
    },
    continuity: {
      label: { fr: 'Continuités', en: 'Continuities' },
      hintFr: 'La ou les continuités éducatives que l’expérience sert : 1 à 3.',
    },
    themes: {
      label: { fr: 'Thèmes', en: 'Themes' },
      hintFr: 'Les thèmes, le plus important d’abord.',
    },
    levels: {
      label: { fr: 'Niveaux scolaires', en: 'School levels' },
      hintFr: 'Les niveaux scolaires concernés ; aucun quand la source n’en nomme pas.',
    },
    audiences: {
      label: { fr: 'Publics', en: 'Audiences' },
      hintFr: 'Les publics qui en bénéficient ou y participent.',
    },
    territory: {
      label: { fr: 'Territoire', en: 'Territory' },
      hintFr:
        'Où l’expérience a lieu. Le site déduit du code officiel le nom, le département, la région et la population.',
    },
    'territory.scope': {
      label: { fr: 'Étendue', en: 'Scope' },
      hintFr:
        'Le type de territoire : réseau national, région, académie, département, intercommunalité ou commune.',
    },
    'territory.code': {
      label: { fr: 'Code officiel', en: 'Official code' },
      hintFr:
        'Le code INSEE de la commune (5 caractères, par exemple 28214 pour La Loupe), du département ou de la région, ou le SIREN de l’intercommunalité (9 chiffres). Pas de code pour un réseau national ni pour une académie.',
    },
    'territory.departments': {
      label: { fr: 'Départements', en: 'Departments' },
      hintFr:
        'Pour une académie (obligatoire) ou une ancienne région (facultatif) : ses départements.',
    },
    'territory.label': {
      label: { fr: 'Nom affiché', en: 'Name shown' },
      hintFr:
        'Un nom affiché à la place du nom officiel, dans la langue de la fiche (obligatoire pour un réseau national ou une académie).',
    },
    authorities: {
      label: { fr: 'Collectivités responsables', en: 'Responsible authorities' },
      hintFr:
        'Le ou les niveaux de collectivité responsables : commune → écoles, département → collèges, région → lycées ; aucun quand la source n’en nomme pas.',
    },
    inferred: {
      label: { fr: 'Champs déduits', en: 'Inferred fields' },
      hintFr:
        'Les champs dont la source ne dit pas les valeurs mais qu’on a déduites de ce qu’elle dit (par exemple la région pour un lycée) : le site les marque « déduit ». Une valeur qu’on ne peut pas déduire, on la laisse de côté.',
    },
    actors: {
      label: { fr: 'Acteurs', en: 'Actors' },
      singular: { fr: 'acteur', en: 'actor' },
      hintFr:
        'Les partenaires et ce que chacun a fait. La version anglaise a les mêmes acteurs, dans le même ordre, avec les mêmes types.',
    },
    'actors.name': {
      label: { fr: 'Nom', en: 'Name' },
      hintFr:
        'Le nom de l’acteur, dans la langue de la fiche (par exemple « Lycée Vauban », « conseil départemental d’Eure-et-Loir »).',
    },
    'actors.type': {
      label: { fr: 'Type d’acteur', en: 'Type of actor' },
      hintFr: 'La nature de l’acteur.',
    },
    'actors.role': {
      label: { fr: 'Rôle', en: 'Role' },
      hintFr: 'Ce qu’il a fait dans le projet, en une phrase courte (facultatif).',
    },
    source: {
      label: { fr: 'Source', en: 'Source' },
      hintFr:
        'Le document source et la partie d’où la fiche est tirée. Une fiche n’affirme que ce que sa source dit.',
    },
    ...prefixed(
      'source',
      citation(
        'La partie du document, dans la langue de la fiche (par exemple « 2e table ronde »).',
      ),
    ),
    proposals: {
      label: { fr: 'Propositions des EGNé', en: 'EGNé proposals' },
      hintFr:
        'Les propositions des États généraux du numérique pour l’éducation (2020) que la fiche illustre, seulement si le lien est juste.',
    },
    status: {
      label: { fr: 'État de relecture', en: 'Review status' },
      hintFr: 'Brouillon tant qu’un relecteur n’a pas vérifié la fiche au regard de sa source.',
    },
    lastReviewed: {
      label: { fr: 'Dernière relecture', en: 'Last reviewed' },
      hintFr: 'La date de la dernière relecture de la fiche au regard de sa source.',
    },
    original: {
      label: { fr: 'Langue d’origine', en: 'Original language' },
      hintFr:
        'La langue dans laquelle la fiche a d’abord été écrite : l’autre version en est la traduction.',
    },
    featured: {
      label: { fr: 'À la une', en: 'Featured' },
      hintFr: 'Mettre la fiche en avant sur la page d’accueil.',
    },
  },
  voices: {
    title: {
      label: { fr: 'Titre', en: 'Title' },
      hintFr: 'Le titre, dans la langue de la page (5 à 140 caractères).',
    },
    summary: {
      label: { fr: 'Résumé', en: 'Summary' },
      hintFr: 'Une ou deux phrases sur ce dont parle l’entretien (20 à 400 caractères).',
    },
    speakers: {
      label: { fr: 'Personnes interrogées', en: 'Speakers' },
      singular: { fr: 'personne', en: 'speaker' },
      hintFr: 'Les personnes qui s’expriment dans l’entretien.',
    },
    'speakers.name': {
      label: { fr: 'Nom', en: 'Name' },
      hintFr: 'Prénom et nom.',
    },
    'speakers.role': {
      label: { fr: 'Fonction', en: 'Role' },
      hintFr: 'Sa fonction au moment de l’entretien, dans la langue de la page.',
    },
    source: {
      label: { fr: 'Source', en: 'Source' },
      hintFr: 'Le document d’où vient l’entretien.',
    },
    ...prefixed('source', citation('La partie du document, dans la langue de la page.')),
    original: {
      label: { fr: 'Langue d’origine', en: 'Original language' },
      hintFr: 'La langue dans laquelle la page a d’abord été écrite.',
    },
  },
  pages: {
    title: {
      label: { fr: 'Titre', en: 'Title' },
      hintFr: 'Le titre de la page, dans sa langue (2 à 120 caractères).',
    },
    description: {
      label: { fr: 'Description', en: 'Description' },
      hintFr:
        'Une phrase pour les moteurs de recherche et les aperçus de liens (20 à 300 caractères).',
    },
    sources: {
      label: { fr: 'Sources', en: 'Sources' },
      singular: { fr: 'source', en: 'source' },
      hintFr: 'Les documents dont la page s’inspire, s’il y en a.',
    },
    ...prefixed('sources', citation('La partie du document, dans la langue de la page.')),
    original: {
      label: { fr: 'Langue d’origine', en: 'Original language' },
      hintFr: 'La langue dans laquelle la page a d’abord été écrite.',
    },
  },
};

function prefixed(prefix: string, texts: Record<string, FieldText>): Record<string, FieldText> {
  return Object.fromEntries(
    Object.entries(texts).map(([path, text]) => [`${prefix}.${path}`, text]),
  );
}

/** The text of each file under its fields, with the headings the template suggests. */
export const bodyTexts: Record<
  'cases' | 'voices' | 'pages',
  { label: Bilingual; hint: Bilingual }
> = {
  cases: {
    label: { fr: 'Texte', en: 'Text' },
    hint: {
      fr: 'Des intertitres de niveau 2 : Contexte, Ce qui a été fait, Qui a fait quoi, Ce que ça apporte, Conditions et difficultés, Questions à se poser avant de se lancer. Gardez seulement ceux dont la source parle, et écrivez avec vos propres mots.',
      en: 'Level-2 headings: Context, What was done, Who did what, What it brings, Conditions and difficulties, Questions to ask before starting. Keep only those the source speaks of, and write in your own words.',
    },
  },
  voices: {
    label: { fr: 'Texte', en: 'Text' },
    hint: {
      fr: 'Les points clés de l’entretien, avec vos propres mots ; les citations entre guillemets.',
      en: 'The key points of the interview, in your own words; quotations in quotation marks.',
    },
  },
  pages: {
    label: { fr: 'Texte', en: 'Text' },
    hint: { fr: 'Le texte de la page.', en: 'The text of the page.' },
  },
};

/** The name of each collection in the editor's menu, and what one entry is called. */
export const collectionTexts: Record<
  'cases' | 'voices' | 'pages',
  { label: Bilingual; singular: Bilingual; description: Bilingual }
> = {
  cases: {
    label: { fr: 'Pratiques', en: 'Practices' },
    singular: { fr: 'Pratique', en: 'Practice' },
    description: {
      fr: 'Les études de cas, en français et en anglais. Chaque enregistrement ouvre une demande de fusion (pull request) relue avant publication.',
      en: 'Case studies, in French and English. Each save opens a pull request that is reviewed before it is published.',
    },
  },
  voices: {
    label: { fr: 'Témoignages', en: 'Voices' },
    singular: { fr: 'Témoignage', en: 'Voice' },
    description: { fr: 'Les entretiens.', en: 'Interviews.' },
  },
  pages: {
    label: { fr: 'Pages', en: 'Pages' },
    singular: { fr: 'Page', en: 'Page' },
    description: {
      fr: 'À propos, accessibilité, contribuer…',
      en: 'About, accessibility, contribute…',
    },
  },
};

/** Each language of the site named in the interface's language, as a value of `original`. */
export const languageNames: Record<Locale, Bilingual> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

/**
 * The messages of the checks the editor runs as the contributor types: the schema's and the content
 * check's own words, in both languages. `{name}` is filled in by the editor.
 */
export const validationMessages = {
  /** A field the schema requires is empty (the content check's "missing: this field is required"). */
  required: {
    fr: '%{fieldLabel} : manquant, ce champ est obligatoire',
    en: '%{fieldLabel}: missing: this field is required',
  },
  /** A value a pattern refuses: the pattern's own message follows the field's name. */
  pattern: { fr: '%{fieldLabel} : %{pattern}', en: '%{fieldLabel}: %{pattern}' },
  /** A text shorter or longer than the schema allows. */
  length: { fr: 'écrivez de {min} à {max} caractères', en: 'write {min} to {max} characters' },
  /** A text shorter than the schema allows, with no maximum. */
  minLength: { fr: 'écrivez au moins {min} caractère(s)', en: 'write at least {min} character(s)' },
  /** An image without alternative text in the body (the content check's message). */
  imageAlt: {
    fr: 'image sans texte alternatif : décrivez ce que montre l’image dans le champ « Description »',
    en: 'no alternative text: describe what the image shows in the "Description" field',
  },
} satisfies Record<string, Bilingual>;

/**
 * Decap CMS's own phrases that the editor replaces (deep-merged into its locale by public/admin/editor.js):
 * its messages for a missing field and a refused pattern say what the content check says, and the
 * French phrases Decap lacks are added.
 */
export function decapPhrases(locale: Locale) {
  return {
    editor: {
      editorControlPane: {
        widget: {
          required: validationMessages.required[locale],
          regexPattern: validationMessages.pattern[locale],
        },
        ...(locale === 'fr'
          ? {
              i18n: {
                copyFromLocale: 'Recopier une autre langue',
                copyFromLocaleConfirm:
                  'Recopier ici la version %{locale} ?\nCe qui est déjà écrit dans cette colonne sera remplacé.',
              },
            }
          : {}),
      },
    },
  };
}

/**
 * The territory code's messages, in the words of `territoryProblems` (src/territory/resolve.ts) for
 * English: `{scope}`, `{code}` and `{format}` are filled in by the editor.
 */
export const territoryMessages = {
  requiredForScope: {
    fr: 'obligatoire pour l’étendue « {scope} » : {format}',
    en: 'required for scope "{scope}": {format}',
  },
  noCodeForScope: {
    fr: 'l’étendue « {scope} » n’a pas de code officiel : effacez-le',
    en: 'scope "{scope}" has no official code; remove it',
  },
  unknownCode: {
    fr: '« {code} » n’est pas {kind} : attendu {format}',
    en: '"{code}" is not {kind}: expected {format}',
  },
} satisfies Record<string, Bilingual>;

/** What each scope's code is, after "is not" (`territoryProblems` says "a commune INSEE code", "an EPCI SIREN"). */
export const territoryCodeKinds: Record<'region' | 'departement' | 'epci' | 'commune', Bilingual> =
  {
    region: { fr: 'un code INSEE de région', en: 'a region INSEE code' },
    departement: { fr: 'un code INSEE de département', en: 'a departement INSEE code' },
    epci: { fr: 'un SIREN d’intercommunalité', en: 'an EPCI SIREN' },
    commune: { fr: 'un code INSEE de commune', en: 'a commune INSEE code' },
  };

/** French versions of `codeFormats` (src/territory/resolve.ts), which give the English ones. */
export const codeFormatsFr: Record<'region' | 'departement' | 'epci' | 'commune', string> = {
  region: 'un code INSEE de région à 2 chiffres (par exemple « 53 » pour la Bretagne)',
  departement: 'un code INSEE de département (par exemple « 29 », « 2A » ou « 974 »)',
  epci: 'le SIREN de l’intercommunalité, à 9 chiffres (par exemple « 200041333 »)',
  commune: 'un code INSEE de commune à 5 caractères (par exemple « 29019 » pour Brest)',
};

/** The two buttons of the image dialog, and its description field. */
export const imageTexts = {
  image: { fr: 'Image', en: 'Image' },
  alt: { fr: 'Description (texte alternatif)', en: 'Description (alternative text)' },
  altHint: {
    fr: 'Obligatoire : ce que montre l’image, pour qui ne la voit pas.',
    en: 'Required: what the image shows, for readers who cannot see it.',
  },
} satisfies Record<string, Bilingual>;
