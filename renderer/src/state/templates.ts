/** The chapter templates, bundled at build time and keyed as core expects (`pl/chapter.hbs`, …). */
const files = import.meta.glob<string>('../../../templates/**/*.hbs', { query: '?raw', import: 'default', eager: true });

export const TEMPLATES: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, source]) => [path.replace(/^.*\/templates\//, ''), source]),
);
