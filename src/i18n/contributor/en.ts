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
