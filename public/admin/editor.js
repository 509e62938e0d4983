// Starts Decap CMS (decap-cms.js, loaded before this module) with the configuration generated from
// the content schemas (config.fr.json or config.en.json, see src/cms/config.ts), in French unless the
// address asks for English (/admin/?lang=en), and adds the site's own checks (rules.js).
import yaml from './js-yaml.mjs';
import {
  imagesWithoutAlt,
  readContentFile,
  territoryCodeProblem,
  writeContentFile,
} from './rules.js';

/** @type {any} */
const globals = window;
const { CMS, h, createClass } = globals;

const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = locale;

/** @param {string} url */
const fetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

const config = await fetchJson(`config.${locale}.json`);
const rules = config.continuites;
/** @type {Record<string, string[]>} */
const codeLists = await fetchJson(rules.territory.codesUrl);
const codes = Object.fromEntries(
  Object.entries(codeLists).map(([scope, list]) => [scope, new Set(list)]),
);

// Decap's own messages for a missing field and a refused pattern, in the content check's words.
/** @type {(base: any, override: any) => any} */
const deepMerge = (base, override) =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(override)])].map((key) => [
      key,
      override[key] &&
      typeof override[key] === 'object' &&
      base[key] &&
      typeof base[key] === 'object'
        ? deepMerge(base[key], override[key])
        : (override[key] ?? base[key]),
    ]),
  );
CMS.registerLocale(locale, deepMerge(CMS.getLocale(locale), rules.phrases));

// The territory's official code: a text field that knows the scope chosen above it and the official codes.
const TerritoryCodeControl = createClass({
  isValid() {
    const scopePath = String(this.props.field.get('scope_field')).split('.');
    const scope = this.props.entry.getIn(['data', ...scopePath]);
    const message = territoryCodeProblem(scope, this.props.value, rules.territory, codes);
    return message ? { error: { message } } : true;
  },
  render() {
    return h('input', {
      type: 'text',
      id: this.props.forID,
      className: this.props.classNameWrapper,
      value: this.props.value ?? '',
      autoComplete: 'off',
      spellCheck: false,
      onChange: (/** @type {Event} */ event) =>
        this.props.onChange(/** @type {HTMLInputElement} */ (event.target).value),
      onFocus: this.props.setActiveStyle,
      onBlur: this.props.setInactiveStyle,
    });
  },
});
const TextPreview = createClass({
  render() {
    return h('p', {}, this.props.value ?? '');
  },
});
CMS.registerWidget('territory-code', TerritoryCodeControl, TextPreview);

// Images in the text: a description is asked for, and a text with an image without one is not saved.
CMS.registerEditorComponent({
  id: 'image',
  label: rules.image.label,
  fields: [
    {
      name: 'image',
      label: rules.image.label,
      widget: 'image',
      media_library: { allow_multiple: false },
    },
    {
      name: 'alt',
      label: rules.image.alt,
      hint: rules.image.altHint,
      widget: 'string',
      required: true,
    },
  ],
  pattern: /^!\[([^\]]*)\]\(([^)\s]*)\)$/,
  fromBlock: (/** @type {string[]} */ match) => ({ alt: match[1], image: match[2] }),
  toBlock: (/** @type {{ alt?: string, image?: string }} */ data) =>
    `![${data.alt ?? ''}](${data.image ?? ''})`,
  toPreview: (/** @type {{ alt?: string, image?: string }} */ data) =>
    h('img', { src: data.image, alt: data.alt }),
});
CMS.registerEventListener({
  name: 'preSave',
  handler: (/** @type {{ entry: any }} */ { entry }) => {
    const bodies = [
      entry.getIn(['data', 'body']),
      ...config.i18n.locales.map((/** @type {string} */ other) =>
        entry.getIn(['i18n', other, 'data', 'body']),
      ),
    ];
    if (bodies.some((body) => imagesWithoutAlt(body).length > 0))
      throw new Error(rules.image.missingAlt);
    return undefined;
  },
});

// Each collection's files are read and written by the site's own format (see `writeContentFile`):
// fields in the schema's order, empty optional fields left out, the frontmatter as the files have it.
for (const collection of config.collections) {
  CMS.registerCustomFormat(collection.format, collection.extension, {
    fromFile: (/** @type {string} */ text) => readContentFile(text, yaml),
    toFile: (/** @type {Record<string, unknown>} */ data) =>
      writeContentFile(data, collection.fields, yaml),
  });
}

CMS.init({ config });
