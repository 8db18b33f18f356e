/** English: the wording of every problem and settings error (also what a language without a catalogue gets). */
import type { NotTextKind } from '../problem.js';
import { list, localeTools, type MessageCatalogue } from './catalogue.js';

const { count, plural, or } = localeTools('en-GB');
const q = (s: string): string => `"${s}"`;

const NOT_TEXT: Record<NotTextKind, string> = {
  zip: 'it is a ZIP file, such as an XLSX or ODS workbook',
  xls: 'it is an Excel workbook in the old XLS format',
  pdf: 'it is a PDF document',
  nul: 'it contains NUL bytes',
};

export const en: MessageCatalogue = {
  locale: 'en-GB',
  problems: {
    'file.notText': ({ what }) =>
      `This is not a CSV text file (${NOT_TEXT[what]}). Save the data from Excel as "CSV UTF-8" or "CSV (semicolon delimited)".`,
    'file.empty': () => 'The file is empty.',
    'file.noRows': () => 'The file has a header row but no data rows.',
    'file.tooLarge': () => 'The file is too large to read.',
    'csv.quotes': () => 'A quote opened on this line is never closed; the rest of the file is read as one field.',
    'header.missing': ({ column, accepted }) => `The required column ${q(column)} is missing (accepted names: ${list(accepted)}).`,
    'header.unknown': ({ column }) => `Unknown column ${q(column)} is ignored.`,
    'header.duplicate': ({ column, first }) => `Column ${q(column)} appears twice (first as ${q(first)}).`,
    'header.empty': ({ position }) => `Column ${position} has no name in the header and is ignored.`,
    'row.ragged': ({ expected, found }) =>
      `The row has ${count(found)} fields but the header has ${count(expected)}. Check the delimiter and quotes.`,
    'value.required': () => 'A required value is empty.',
    'value.enum': ({ found, suggestion }) => `Unknown value ${q(found)}.${suggestion ? ` Did you mean ${q(suggestion)}?` : ''}`,
    'value.date': ({ found, reason }) => (reason === 'format' ? `${q(found)} is not a date.` : `The date ${q(found)} does not exist.`),
    'value.number': ({ found }) => `${q(found)} is not a number.`,
    'value.integer': ({ found }) => `${q(found)} is not a whole number of 0 or more.`,
    'value.boolean': ({ found }) => `${q(found)} is not a yes/no value.`,
    'value.period': ({ found }) => `${q(found)} is not a period.`,
    'value.range': ({ failed, total }) => `More criteria failed (${count(failed)}) than the audit checked (${count(total)}).`,
    'value.duplicateId': ({ id, firstLine }) => `The id ${q(id)} is used again (first on line ${firstLine}).`,
    'metric.unknown': ({ metric }) => `Metric ${q(metric)} is not in the catalogue; it is kept as the company's own indicator.`,
    'category.unknown': ({ metric, category }) => `Category ${q(category)} is not known for metric ${q(metric)}; it is shown as written.`,
    'metric.unitMismatch': ({ metric, unit, expected }) => `Unit ${q(unit)} differs from the catalogue unit of ${q(metric)} (${q(expected)}).`,
    'privacy.otherYears': ({ rows, years, year }) => {
      const one = plural(rows) === 'one';
      return `${count(rows)} ${one ? 'row' : 'rows'} from ${list(years)} ${one ? 'is' : 'are'} not part of 418-1 for ${year}; used for comparison.`;
    },
    'digital.auditOld': ({ date, year }) =>
      `The audit of ${date} is older than the reporting year ${year}; the channel counts, but its result may not describe ${year}.`,
    'digital.auditLater': ({ date, year }) =>
      `The audit of ${date} is later than the reporting year ${year}; the channel counts, but its result describes it after ${year}.`,
    'personal.data': ({ kinds }) =>
      `The field looks like it holds personal data (${list(kinds)}). It never reaches the report; consider removing it from the register.`,
    'template.error': (p) =>
      p.variant === 'engine'
        ? p.detail
        : p.variant === 'html'
          ? `The templates produced unsupported HTML: ${p.detail}`
          : `The heading order has a gap: heading "${p.heading}" is level ${p.level} after level ${p.previous || 'none'}.`,
    'narrative.error': ({ detail }) => detail,
    'project.invalid': ({ detail }) => detail,
  },
  expected: {
    'file.notText': () => 'a CSV text file',
    'header.missing': ({ column }) => `column ${column}`,
    'row.ragged': ({ expected }) => `${count(expected)} fields`,
    'value.required': () => 'a non-empty value',
    'value.enum': ({ accepted }) => `one of: ${list(accepted)}`,
    'value.date': () => 'a date YYYY-MM-DD or DD.MM.YYYY',
    'value.number': () => 'a number, e.g. 1234.5 or 1 234,5',
    'value.integer': () => 'a whole number ≥ 0',
    'value.boolean': () => 'yes/no, tak/nie, t/n, true/false, 1/0',
    'value.period': () => 'a period YYYY, YYYY-MM or YYYY-Qn',
  },
  where: {
    line: (line) => `line ${line}`,
    column: (name) => `column ${q(name)}`,
  },
  settings: {
    'settings.notObject': () => 'project.json must be a JSON object.',
    'settings.organisation': () => 'The organisation name ("organisation") is missing.',
    'settings.year': () => '"year" must be the reporting year, e.g. 2020.',
    'settings.lang': ({ allowed }) => `"lang" must be ${or(allowed.map((l) => `"${l}"`))}.`,
    'settings.edition': ({ allowed }) => `"edition" must be ${or(allowed.map((e) => `"${e}"`))}.`,
    'settings.statementOfUse': () =>
      '"statementOfUse" must be "with-reference" (with reference to the GRI Standards) or "in-accordance" (in accordance with them).',
    'settings.styleTemplate': () =>
      '"styleTemplate" must be the path of a .docx or .dotx file relative to the project folder, e.g. "company-template.dotx".',
    'settings.omissions': () => '"omissions" must be an object: { "418-1-b": { "reason": "information-unavailable", "explanation": "…" } }.',
    'settings.omissionUnknown': ({ id }) => `"omissions": unknown GRI requirement "${id}" (e.g. "418-1-b", "3-3-f").`,
    'settings.omissionReason': ({ id, reasons }) => `"omissions" → "${id}": "reason" must be one of ${list(reasons)}.`,
    'settings.omissionExplanation': ({ id }) => `"omissions" → "${id}": the explanation ("explanation") is missing.`,
  },
};
