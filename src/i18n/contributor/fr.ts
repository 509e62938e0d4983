import type { en } from './en.ts';

/**
 * Ce que disent les commandes des contributeurs, en français. Mêmes clés, même ordre que `en.ts` ;
 * une clé manquante fait échouer `npm run check`.
 */
export const fr = {
  'command.unknownOption': 'option inconnue {{option}} ; usage : {{usage}}',
  'command.noFolder': '{{folder}} : ce dossier n’existe pas',
  'command.stopped': 'la vérification s’est arrêtée : {{reason}}',
  'command.badLanguage': '--lang : {{value}} n’est pas fr | en',

  'summary.none': '✔ {{files}} fichiers de contenu vérifiés en {{time}} : aucun problème.',
  'summary.some':
    '{{mark}} {{counts}} dans {{problemFiles}} ({{files}} fichiers de contenu vérifiés en {{time}}) : {{verdict}}.',
  'summary.error_one': '{{count}} erreur',
  'summary.error_other': '{{count}} erreurs',
  'summary.warning_one': '{{count}} avertissement',
  'summary.warning_other': '{{count}} avertissements',
  'summary.file_one': '{{count}} fichier',
  'summary.file_other': '{{count}} fichiers',
  'summary.and': ' et ',
  'summary.fix': 'corrigez les erreurs pour que le site puisse être construit',
  'summary.canBuild': 'le site peut être construit',
  'summary.warningPrefix': 'avertissement',

  'file.symlink':
    'un lien symbolique : le contenu ne contient que des fichiers et des dossiers, car la construction lirait ce vers quoi pointe le lien ; mettez ici le fichier ou le dossier lui-même',
  'file.extensionCase':
    'écrivez l’extension en minuscules, {{extension}} : la construction et le serveur distinguent majuscules et minuscules, et ne trouveraient pas ce fichier',
  'file.notPublished':
    'seuls les fichiers .mdx (et leurs images) ont leur place dans {{folder}}/ : ce fichier n’est pas publié',
  'file.languageFolder':
    'mettez le fichier dans un dossier de langue : {{folder}}/fr/ ou {{folder}}/en/',
  'file.subFolder':
    'mettez le fichier directement dans {{folder}}/, pas dans un sous-dossier : la construction le chargerait à une adresse vers laquelle le site ne renvoie pas',
  'file.tooLarge': 'trop gros pour être vérifié : {{size}} Ko, au plus {{limit}} Ko',
  'file.notUtf8':
    'pas en UTF-8 : enregistrez le fichier avec l’encodage UTF-8 (dans la plupart des éditeurs : « Enregistrer avec l’encodage », puis UTF-8)',
  'file.markdown': 'seuls les fichiers .mdx sont publiés : renommez-le {{name}}',
  'file.noFrontmatter':
    'le fichier doit commencer par ses champs entre deux lignes --- : recopiez-les du modèle (npm run new:case -- <id>)',

  'yaml.unreadable':
    'le YAML ne peut pas être lu : {{reason}} (vérifiez l’indentation, et mettez entre guillemets un texte qui contient « : » ou commence par un caractère spécial)',
  'yaml.alias':
    'l’alias YAML {{alias}} n’est pas permis : écrivez la valeur en entier là où elle sert',

  'field.missing': 'manquant : ce champ est obligatoire',
  'field.missingDetail': 'manquant : ce champ est obligatoire ({{detail}})',
  'field.missingOneOf': 'manquant : ce champ est obligatoire : une valeur parmi {{allowed}}',
  'field.expected': 'attendu : {{expected}} ; trouvé : {{got}}',
  'field.numberAsText':
    "attendu : un texte ; trouvé : le nombre {{value}} : mettez-le entre guillemets, par exemple '{{value}}' (un code comme '01004' perd son zéro initial sans eux)",
  'field.empty': 'vide : écrivez au moins {{minimum}} caractères',
  'field.tooShort': 'trop court : au moins {{minimum}} caractères (il en a {{length}})',
  'field.emptyList': 'vide : donnez au moins une valeur',
  'field.fewValues': 'donnez au moins {{minimum}} valeurs',
  'field.atLeast': 'doit valoir au moins {{minimum}}',
  'field.tooLong': 'trop long : au plus {{maximum}} caractères (il en a {{length}})',
  'field.manyValues': 'trop de valeurs : au plus {{maximum}} (il y en a {{length}})',
  'field.atMost': 'doit valoir au plus {{maximum}}',
  'field.notOneOf': '{{value}} n’est pas une valeur parmi {{allowed}}',
  'field.didYouMean': ' (vouliez-vous dire {{suggestion}} ?)',
  'field.unknown': '{{key}} n’est pas un champ de {{parent}} : {{allowed}}',
  'field.listedTwice': '{{value}} figure deux fois : donnez chaque valeur une seule fois',
  'field.hiddenCharacter':
    'contient le caractère invisible {{code}} ({{name}}){{position}} : supprimez-le (retapez le texte autour si vous ne le voyez pas)',
  'field.position': ' en position {{position}}',
  'field.lineBreak':
    'un retour à la ligne dans un champ qui tient sur une ligne : écrivez-le sur une seule ligne',
  'field.date': 'attendu : une date du calendrier écrite AAAA-MM-JJ, par exemple 2024-05-31',
  'field.dateTime': 'attendu : un jour écrit AAAA-MM-JJ, sans heure',
  'field.futureDate': 'une date dans le futur : écrivez le jour où c’est arrivé (AAAA-MM-JJ)',

  'type.string': 'un texte',
  'type.number': 'un nombre',
  'type.boolean': 'true ou false',
  'type.array': 'une liste, par exemple [a, b]',
  'type.list': 'une liste',
  'type.object': 'un groupe de champs indentés',
  'type.date': 'une date écrite AAAA-MM-JJ',
  'type.aDate': 'une date',
  'type.null': 'une valeur vide',

  'kind.case': 'une pratique',
  'kind.voice': 'un entretien',
  'kind.page': 'une page',
  'kind.listEntry': 'une entrée de cette liste',

  'html.notAllowed':
    '<{{element}}> n’est pas permis dans le contenu : les éléments HTML permis sont {{allowed}} ; écrivez le reste en Markdown',
  'html.markdownInstead': 'du HTML là où le Markdown suffit ; écrivez {{instead}}',
  'html.attributeNotTaken':
    '{{attribute}} : <{{element}}> ne prend que {{allowed}} dans le contenu',
  'html.noAttribute': '{{attribute}} : <{{element}}> ne prend aucun attribut dans le contenu',
  'html.value': '{{attribute}} : écrivez {{allowed}}',
  'html.lang': 'lang="fr" ou lang="en", les deux langues du site',
  'html.text': 'un texte sur une ligne',

  'body.nesting':
    'listes ou citations imbriquées sur plus de {{maximum}} niveaux : le texte n’est pas lu au-delà ; aplatissez la liste',
  'body.timeout':
    'la vérification a pris plus de {{seconds}} s et le texte est refusé : simplifiez-le (listes ou citations très imbriquées, milliers de crochets)',
  'body.unreadable': 'la vérification n’a pas pu lire ce texte ({{reason}}) : simplifiez-le',

  'link.script': `{{address}} : une adresse « javascript: » exécute du code et n’est pas permise`,
  'link.empty': `le lien n’a pas d’adresse : écrivez-la entre les parenthèses, [texte](adresse)`,
  'link.scheme': `les adresses {{scheme}} ne sont pas permises : utilisez https:// ou une page du site (/fr/… ou /en/…)`,
  'link.protocolRelative': `{{address}} : écrivez l’adresse complète, qui commence par https://`,
  'link.relative': `{{address}} : écrivez l’adresse du site en entier, en commençant par /fr/ ou /en/ (par exemple /fr/pratiques/lab28-la-loupe/) ; une adresse relative ne marche plus quand la page est affichée dans l’autre langue`,
  'link.dotSegments': `{{address}} : écrivez l’adresse sans segment « . » ou « .. », sans barre oblique inverse ni barre oblique encodée`,
  'link.finalSlash': `{{address}} : ajoutez la barre oblique finale : {{fixed}}`,
  'link.noPage': `{{address}} : aucune page du site n’a cette adresse`,
  'link.notFound': `{{address}} : ni une page du site ni un fichier de public/`,
  'image.script': `{{address}} : cette adresse exécute du code et n’est pas permise`,
  'image.empty': `l’image n’a pas de fichier : écrivez son chemin entre les parenthèses, ![description](./images/fichier.jpg)`,
  'image.external': `{{address}} : les images doivent être des fichiers du dépôt (le site ne charge rien d’autres sites) : enregistrez-la à côté du texte, par exemple ./images/nom.jpg`,
  'image.query': `{{address}} : le chemin d’une image n’a pas de partie « ? » ou « # » ; écrivez le chemin depuis ce fichier, par exemple ./images/nom.jpg`,
  'image.absolute': `{{address}} : les images sont des fichiers des dossiers de contenu ; écrivez le chemin depuis ce fichier, par exemple ./images/nom.jpg`,
  'image.undecodable': `{{address}} : ce chemin ne peut pas être décodé ; écrivez le chemin depuis ce fichier, par exemple ./images/nom.jpg`,
  'image.backslash': `{{address}} : les barres obliques inverses et les caractères de contrôle ne sont pas permis ; écrivez le chemin depuis ce fichier, par exemple ./images/nom.jpg`,
  'image.extension': `{{address}} : pas un fichier d’image : le nom doit finir par {{allowed}}`,
  'image.outside': `{{address}} : hors du dossier de contenu ; les images sont enregistrées à côté du texte, écrivez le chemin depuis ce fichier, par exemple ./images/nom.jpg`,
  'image.missing': `{{address}} : fichier d’image introuvable à côté de ce fichier`,
  'image.symlink': `{{address}} : atteint par un lien symbolique ; mettez le fichier d’image lui-même dans le dossier de contenu`,

  'heading.level1': `un titre de niveau 1 (#) : le champ title est le seul titre de niveau 1 de la page ; commencez les sections par ##`,
  'heading.jump': `le titre saute de {{from}} à {{to}} : utilisez {{use}} (les lecteurs d’écran naviguent par niveau de titre)`,
  'heading.empty': `la section {{heading}} est vide : écrivez-la, ou supprimez le titre si la source n’en dit rien`,
  'image.noAlt': `pas de texte alternatif : décrivez ce que montre l’image entre les crochets, ![description](…)`,
  'code.esm': `« import » et « export » exécutent du code à la construction du site et ne sont pas permis dans le contenu ; les composants permis (voir CONTRIBUTING.fr.md) n’ont pas besoin d’import`,
  'code.expression': `{{{code}}} est du JavaScript exécuté à la construction du site et n’est pas permis dans le contenu ; pour écrire une accolade dans le texte, mettez une barre oblique inverse devant : \\{`,

  'translation.missing': `pas encore de version {{language}} ({{file}}) : en attendant, le site {{language}} affiche ce texte avec un avertissement`,
  'translation.original': `{{declared}}, mais il n’y a pas de version {{language}} : écrivez {{original}}`,
  'translation.different': `doit être identique à {{file}} ({{original}} : {{originalValue}}, {{locale}} : {{value}})`,
  'translation.outdated': `plus ancienne que sa source : {{file}} a changé le {{changed}}, après cette traduction ({{updated}}) ; mettez la traduction à jour`,
  'list.duplicateId': `{{id}} est utilisé deux fois (la première à la ligne {{first}}) : chaque entrée a besoin de son propre identifiant`,

  'language.fr': 'française',
  'language.en': 'anglaise',

  'newCase.noId':
    'donnez l’identifiant de la nouvelle pratique : npm run new:case -- <id> (des mots en minuscules reliés par des traits d’union, par exemple « lab28-la-loupe »)',
  'newCase.badOnly': '--only : {{value}} n’est pas fr | en',
  'newCase.badId':
    '{{id}} n’est pas un identifiant valable : utilisez des lettres ASCII minuscules, des chiffres et des traits d’union{{example}}',
  'newCase.example': ' (par exemple {{suggestion}})',
  'newCase.exists_one': '{{files}} existe déjà : modifiez-le, ou choisissez un autre identifiant',
  'newCase.exists_other':
    '{{files}} existent déjà : modifiez-les, ou choisissez un autre identifiant',
  'newCase.and': ' et ',
  'newCase.created': `{{files}} : créé.
Ensuite :
  1. Remplissez chaque champ et chaque section (les commentaires des fichiers expliquent chacun ; supprimez une section dont la source ne dit rien).
  2. npm run check:content   liste ce qui manque ou ne va pas, avec la ligne de chaque problème.
  3. npm run dev             affiche la page sur {{frUrl}} et {{enUrl}}`,
} as const satisfies Record<keyof typeof en, string>;
