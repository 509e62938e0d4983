/**
 * What the contributor commands say (`npm run check:content`, `npm run new:case`), in English: the
 * key source. `fr.ts` must have exactly these keys (checked by `npm run check`). `{{name}}` is
 * filled with a value; field names and allowed values are shown as they are written in the files.
 */
export const en = {
  'command.unknownOption': 'unknown option {{option}}; usage: {{usage}}',
  'command.noFolder': '{{folder}}: no such folder',
  'command.stopped': 'the check stopped: {{reason}}',
  'command.badLanguage': '--lang: {{value}} is not one of fr | en',

  'summary.none': '✔ {{files}} content files checked in {{time}}: no problem.',
  'summary.some':
    '{{mark}} {{counts}} in {{problemFiles}} ({{files}} content files checked in {{time}}): {{verdict}}.',
  'summary.error_one': '{{count}} error',
  'summary.error_other': '{{count}} errors',
  'summary.warning_one': '{{count}} warning',
  'summary.warning_other': '{{count}} warnings',
  'summary.file_one': '{{count}} file',
  'summary.file_other': '{{count}} files',
  'summary.and': ' and ',
  'summary.fix': 'fix the errors before the site can be built',
  'summary.canBuild': 'the site can be built',
  'summary.warningPrefix': 'warning',

  'file.symlink':
    'a symbolic link: content holds files and folders only, since the build would read whatever a link points to; put the file or folder itself here',
  'file.extensionCase':
    'write the extension in lowercase, {{extension}}: the build and the web server tell upper and lower case apart, and would not find this file',
  'file.notPublished':
    'only .mdx files (and their images) belong in {{folder}}/: this file is not published',
  'file.languageFolder': 'put the file in a language folder: {{folder}}/fr/ or {{folder}}/en/',
  'file.subFolder':
    'put the file directly in {{folder}}/, not in a sub-folder: the build would load it under an address the site does not link to',
  'file.tooLarge': 'too large to be checked: {{size}} KB, at most {{limit}} KB',
  'file.notUtf8':
    'not UTF-8: save the file with the UTF-8 encoding (in most editors: "Save with encoding", then UTF-8)',
  'file.markdown': 'only .mdx files are published: rename it {{name}}',
  'file.noFrontmatter':
    'the file must start with its fields between two lines of ---: copy them from the template (npm run new:case -- <id>)',

  'yaml.unreadable':
    'the YAML cannot be read: {{reason}} (check the indentation, and put quotes around a text that contains ": " or starts with a special character)',
  'yaml.alias': 'the YAML alias {{alias}} is not allowed: write the value out where it is needed',

  'field.missing': 'missing: this field is required',
  'field.missingDetail': 'missing: this field is required ({{detail}})',
  'field.missingOneOf': 'missing: this field is required: one of {{allowed}}',
  'field.expected': 'expected {{expected}}, got {{got}}',
  'field.numberAsText':
    "expected a text, got the number {{value}}: put it in quotes, for example '{{value}}' (a code such as '01004' loses its leading zero without them)",
  'field.empty': 'empty: write at least {{minimum}} characters',
  'field.tooShort': 'too short: at least {{minimum}} characters (it has {{length}})',
  'field.emptyList': 'empty: give at least one value',
  'field.fewValues': 'give at least {{minimum}} values',
  'field.atLeast': 'must be at least {{minimum}}',
  'field.tooLong': 'too long: at most {{maximum}} characters (it has {{length}})',
  'field.manyValues': 'too many values: at most {{maximum}} (it has {{length}})',
  'field.atMost': 'must be at most {{maximum}}',
  'field.notOneOf': '{{value}} is not one of {{allowed}}',
  'field.didYouMean': ' (did you mean {{suggestion}}?)',
  'field.unknown': '{{key}} is not a field of {{parent}}: {{allowed}}',
  'field.listedTwice': '{{value}} is listed twice: give each value once',
  'field.hiddenCharacter':
    'contains the invisible character {{code}} ({{name}}){{position}}: delete it (retype the text around it if you cannot see it)',
  'field.position': ' at position {{position}}',
  'field.lineBreak': 'a line break in a field written on one line: write it on a single line',
  'field.date': 'expected a date of the calendar written YYYY-MM-DD, for example 2024-05-31',
  'field.dateTime': 'expected a day written YYYY-MM-DD, without a time',
  'field.futureDate': 'a date in the future: write the day it happened (YYYY-MM-DD)',

  'type.string': 'a text',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.array': 'a list, for example [a, b]',
  'type.list': 'a list',
  'type.object': 'a group of indented fields',
  'type.date': 'a date written YYYY-MM-DD',
  'type.aDate': 'a date',
  'type.null': 'an empty value',

  'kind.case': 'a case',
  'kind.voice': 'an interview',
  'kind.page': 'a page',
  'kind.listEntry': 'an entry of this list',

  'html.notAllowed':
    '<{{element}}> is not allowed in content: the HTML elements allowed are {{allowed}}; write the rest in Markdown',
  'html.markdownInstead': 'raw HTML where Markdown would do; write {{instead}}',
  'html.attributeNotTaken': '{{attribute}}: <{{element}}> takes only {{allowed}} in content',
  'html.noAttribute': '{{attribute}}: <{{element}}> takes no attribute in content',
  'html.value': '{{attribute}}: write {{allowed}}',
  'html.lang': 'lang="fr" or lang="en", the two languages of the site',
  'html.text': 'a text on one line',

  'body.nesting':
    "lists or quotations nested more than {{maximum}} levels deep: the site's text is not read beyond that; flatten the list",
  'body.timeout':
    'took more than {{seconds}} s to check and was refused: simplify the text (lists or quotations nested very deep, thousands of brackets)',
  'body.unreadable': 'the check could not read this text ({{reason}}): simplify it',

  'link.script': '{{address}}: a "javascript:" address runs code and is not allowed',
  'link.empty': 'the link has no address: write it between the parentheses, [text](address)',
  'link.scheme':
    '{{scheme}} addresses are not allowed: use https:// or a page of the site (/fr/… or /en/…)',
  'link.protocolRelative': '{{address}}: write the full address, starting with https://',
  'link.relative':
    '{{address}}: write the site address in full, starting with /fr/ or /en/ (for example /fr/pratiques/lab28-la-loupe/); a relative address breaks when the page is shown in the other language',
  'link.dotSegments':
    '{{address}}: write the address without "." or ".." segments, backslashes or encoded slashes',
  'link.finalSlash': '{{address}}: add the final slash: {{fixed}}',
  'link.noPage': '{{address}}: no page of the site has this address',
  'link.notFound': '{{address}}: not a page of the site nor a file of public/',
  'image.script': '{{address}}: this address runs code and is not allowed',
  'image.empty':
    'the image has no file: write its path between the parentheses, ![description](./images/file.jpg)',
  'image.external':
    '{{address}}: images must be files of the repository (the site loads nothing from other sites): save it next to the text, for example ./images/name.jpg',
  'image.query':
    '{{address}}: an image path has no "?" or "#" part; write the path from this file, for example ./images/name.jpg',
  'image.absolute':
    '{{address}}: images are files of the content folders; write the path from this file, for example ./images/name.jpg',
  'image.undecodable':
    '{{address}}: this path cannot be decoded; write the path from this file, for example ./images/name.jpg',
  'image.backslash':
    '{{address}}: backslashes and control characters are not allowed; write the path from this file, for example ./images/name.jpg',
  'image.extension': '{{address}}: not an image file: the name must end in {{allowed}}',
  'image.outside':
    '{{address}}: outside the content folder; images are saved next to the text, write the path from this file, for example ./images/name.jpg',
  'image.missing': '{{address}}: image file not found next to this file',
  'image.symlink':
    '{{address}}: reached through a symbolic link; put the image file itself in the content folder',

  'heading.level1': `a level-1 heading (#): the title field is the page’s only level-1 heading; start sections with ##`,
  'heading.jump': `the heading jumps from {{from}} to {{to}}: use {{use}} (screen readers navigate by heading level)`,
  'heading.empty': `the section {{heading}} is empty: write it, or remove the heading when the source says nothing about it`,
  'image.noAlt': `no alternative text: describe what the image shows between the brackets, ![description](…)`,
  'code.esm': `"import" and "export" run code when the site is built and are not allowed in content; the allowed components (see CONTRIBUTING.md) need no import`,
  'code.expression': `{{{code}}} is JavaScript run when the site is built and is not allowed in content; to write a brace as text, put a backslash before it: \\{`,

  'translation.missing': `no {{language}} version yet ({{file}}): until there is one, the {{language}} site shows this text with a notice`,
  'translation.original': `{{declared}} but there is no {{language}} version: write {{original}}`,
  'translation.different': `must be the same as in {{file}} ({{original}}: {{originalValue}}, {{locale}}: {{value}})`,
  'translation.outdated': `older than its source: {{file}} changed on {{changed}}, after this translation ({{updated}}); bring the translation up to date`,
  'list.duplicateId': `{{id}} is used twice (first on line {{first}}): each entry needs its own id`,

  'language.fr': 'French',
  'language.en': 'English',

  'newCase.noId':
    'give the id of the new case: npm run new:case -- <id> (lowercase words joined by hyphens, for example "lab28-la-loupe")',
  'newCase.badOnly': '--only: {{value}} is not one of fr | en',
  'newCase.badId':
    '{{id}} is not a valid id: use lowercase ASCII letters, digits and hyphens{{example}}',
  'newCase.example': ' (for example {{suggestion}})',
  'newCase.exists_one': '{{files}} already exists: edit it, or choose another id',
  'newCase.exists_other': '{{files}} already exist: edit them, or choose another id',
  'newCase.and': ' and ',
  'newCase.created': `Created {{files}}.
Next:
  1. Fill in every field and section (the comments in the files explain each one; delete a section the source says nothing about).
  2. npm run check:content   lists what is missing or wrong, with the line of each problem.
  3. npm run dev             shows the page at {{frUrl}} and {{enUrl}}`,
} as const;
