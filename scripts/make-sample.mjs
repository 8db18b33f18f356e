#!/usr/bin/env node
// Writes the bundled sample project's CSV files in data/sample/ (a fictitious mobile operator, 2019-2020).
//
// The three files deliberately use three different encodings and dialects, because that is what CSR
// teams actually receive from colleagues using Excel and other tools:
//   privacy-register.csv      Polish Excel "CSV": Windows-1250, ';', CRLF (line breaks inside cells are LF)
//   service-metrics.csv       Excel "CSV UTF-8": UTF-8 with BOM, ';', CRLF, decimal commas, NBSP grouping
//   accessibility-register.csv  a web/LibreOffice export: UTF-8 without BOM, ',', LF
//   digital-accessibility.csv   Excel "CSV UTF-8" of the channels' audits: UTF-8 with BOM, ';', CRLF, DD.MM.YYYY dates
// Deterministic: a seeded PRNG (mulberry32) replaces Math.random, so reruns give byte-identical files.
// Usage: node scripts/make-sample.mjs   (prints the figures the files produce)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20201231);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const shuffle = (arr) => { for (let i = arr.length - 1; i > 0; i--) { const j = int(0, i); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; };

// ---------- CSV helpers ----------
const csvField = (v, delim, force = false) => {
  const s = String(v ?? '');
  return force || s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const CP1250 = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf,
  Ą: 0xa5, Ć: 0xc6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf };
function encodeCp1250(text) {
  return Buffer.from([...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
    if (ch in CP1250) return CP1250[ch];
    throw new Error(`no Windows-1250 byte for ${JSON.stringify(ch)}`);
  }));
}
const NBSP = '\u00a0';
/** Polish number: decimal comma, optional NBSP thousands grouping. */
function plNum(v, { decimals = 0, group = false } = {}) {
  const [i, f] = Math.abs(v).toFixed(decimals).split('.');
  const int = group ? i.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : i;
  return (v < 0 ? '-' : '') + int + (f ? ',' + f : '');
}
const ddmmyyyy = (d) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

// ---------- a) privacy register ----------
const C = { disclosure: 'ujawnienie danych osobie nieuprawnionej', courier: 'zagubienie dokumentów przez firmę kurierską',
  misdirected: 'błędna wysyłka korespondencji', consent: 'przetwarzanie danych po wycofaniu zgody',
  marketing: 'kontakt marketingowy bez zgody', identity: 'niewystarczająca weryfikacja tożsamości',
  storeLoss: 'zagubienie dokumentów w salonie', unsecured: 'niezabezpieczone dokumenty w salonie',
  theft: 'kradzież przesyłki kurierskiej' };
// Descriptions by cause; "nie:" = not substantiated, "R:" = regulator, "W:nie" = rejected internal report.
// Wordings with a ';', a line break or quotes are used for ~15% of rows, to exercise the importer.
const DESCRIPTIONS = {
  [C.disclosure]: ['Konsultant infolinii podał informacje o usługach abonenta osobie, która nie przeszła weryfikacji.',
    'W salonie wydano duplikat faktury osobie bez upoważnienia abonenta.',
    'Klient wskazał, że dane z jego konta były widoczne dla innego użytkownika aplikacji.\nAnaliza logów potwierdziła błąd uprawnień.'],
  [C.courier]: ['Kurier nie doręczył podpisanej umowy do archiwum, przesyłki nie odnaleziono.',
    'Firma kurierska zgłosiła zaginięcie przesyłki z dokumentami sprzedażowymi.',
    'Przesyłkę z dokumentem "potwierdzenie zawarcia umowy" wydano pod niewłaściwym adresem; nie została odzyskana.'],
  [C.misdirected]: ['Umowę wysłano na nieaktualny adres mimo wcześniej zgłoszonej zmiany.',
    'Zestawienie połączeń trafiło do innego abonenta z powodu błędu w szablonie wysyłki.',
    'Korespondencję skierowano do innego abonenta; szablon wysyłki poprawiono.\nAbonenta poinformowano pisemnie.'],
  [C.consent]: ['Abonent otrzymywał komunikaty marketingowe po wycofaniu zgody w panelu klienta.'],
  [C.storeLoss]: ['Podczas inwentaryzacji w salonie nie odnaleziono teczki z kopiami wniosków.'],
  [C.unsecured]: ['Kontrola wewnętrzna wykazała dokumenty pozostawione na ogólnodostępnym stanowisku.'],
  [C.theft]: ['Z samochodu kuriera skradziono torbę z przesyłkami, w tym jedną z dokumentami klienta.',
    'Z samochodu kuriera skradziono torbę z przesyłkami; sprawę zgłoszono policji.'],
  [`nie:${C.disclosure}`]: ['Klient podejrzewał przekazanie jego danych osobie trzeciej. Odsłuch rozmów tego nie potwierdził.',
    'Klient podejrzewał przekazanie jego danych osobie trzeciej;\nweryfikacja historii konta nie wykazała naruszenia.'],
  [`nie:${C.marketing}`]: ['Zgłoszenie dotyczyło telefonu z ofertą, w systemie odnaleziono ważną zgodę marketingową.',
    'Klient zakwestionował wiadomość SMS z ofertą; wysłano ją zgodnie z udzieloną zgodą.'],
  [`nie:${C.consent}`]: ['Wskazane wiadomości wysłano przed wycofaniem zgody, co potwierdziła historia zmian w systemie.'],
  'R:tak': ['Organ nadzorczy przekazał stanowisko potwierdzające naruszenie, wdrożono zalecenia.',
    'Organ nadzorczy wskazał zbyt słabą weryfikację osoby dzwoniącej przy zmianie danych kontaktowych.'],
  'R:nie': ['Postępowanie przed organem nadzorczym zakończono bez stwierdzenia naruszenia.'],
  'W:nie': ['Pracownik zgłosił podejrzenie ujawnienia danych przez współpracownika; wyjaśnienia go nie potwierdziły.'],
};
function describe(kind, source, valid, cause) {
  const key = kind !== 'skarga' ? cause : source === R ? `R:${valid}` : source === W && valid === 'nie' ? 'W:nie'
    : valid === 'nie' ? `nie:${cause}` : cause;
  const all = DESCRIPTIONS[key], tricky = all.filter((d) => /[;\n"]/.test(d)), plain = all.filter((d) => !tricky.includes(d));
  return tricky.length && (rnd() < 0.15 || !plain.length) ? pick(tricky) : pick(plain);
}
const K = 'klient', T = 'strona trzecia', R = 'organ nadzorczy', W = 'wewnętrzne';
// [count, Rodzaj, Źródło, Zasadna, causes (cycled), rows whose event lies in the previous year]
const PLAN = {
  2019: [[10, 'skarga', K, 'tak', [C.disclosure, C.disclosure, C.misdirected, C.disclosure, C.consent]],
    [1, 'skarga', T, 'tak', [C.disclosure]], [3, 'skarga', R, 'tak', [C.disclosure, C.identity, C.consent], 1],
    [17, 'skarga', K, 'nie', [C.marketing, C.disclosure, C.consent]], [1, 'skarga', T, 'nie', [C.disclosure]],
    [2, 'skarga', R, 'nie', [C.marketing]], [1, 'skarga', W, 'tak', [C.unsecured]], [1, 'skarga', W, 'nie', [C.disclosure]],
    [8, 'utrata', T, 'tak', [C.courier]], [4, 'utrata', W, 'tak', [C.courier]], [1, 'utrata', W, 'tak', [C.storeLoss]],
    [5, 'wyciek', W, 'tak', [C.misdirected]], [1, 'kradzież', T, 'tak', [C.theft]]],
  2020: [[12, 'skarga', K, 'tak', [C.disclosure, C.disclosure, C.disclosure, C.misdirected, C.disclosure, C.consent], 1],
    [2, 'skarga', T, 'tak', [C.disclosure]], [2, 'skarga', R, 'tak', [C.disclosure, C.identity]],
    [21, 'skarga', K, 'nie', [C.disclosure, C.marketing, C.consent]], [3, 'skarga', R, 'nie', [C.marketing, C.disclosure]],
    [2, 'skarga', W, 'tak', [C.unsecured]], [1, 'skarga', W, 'nie', [C.disclosure]],
    [11, 'utrata', T, 'tak', [C.courier], 2], [6, 'utrata', W, 'tak', [C.courier]], [2, 'utrata', W, 'tak', [C.storeLoss]],
    [4, 'wyciek', W, 'tak', [C.misdirected]]],
};
const INCIDENT = new Set(['wyciek', 'kradzież', 'utrata']);
const privacyRows = [];
for (const [yearStr, groups] of Object.entries(PLAN)) {
  const year = Number(yearStr), jan1 = new Date(Date.UTC(year, 0, 1));
  const days = year % 4 === 0 ? 366 : 365, rows = [];
  for (const [n, kind, source, valid, causes, prevCount = 0] of groups) {
    for (let i = 0; i < n; i++) {
      const cause = causes[i % causes.length], incident = INCIDENT.has(kind);
      let received, event;
      if (i < prevCount) { // received in January, happened in December of the previous year
        received = addDays(jan1, int(2, 20));
        event = new Date(Date.UTC(year - 1, 11, int(5, 28)));
      } else {
        received = addDays(jan1, int(0, days - 1));
        const dayOfYear = Math.round((received - jan1) / 86400000); // keep the event inside the year
        event = addDays(received, -int(0, Math.min(dayOfYear, incident ? 14 : 45)));
      }
      const persons = incident ? pick([1, 1, 1, 1, 2, 2, 3, 4, 5]) : valid === 'tak' && source !== W ? 1 : '';
      const noEventDate = !incident && valid === 'nie' && rnd() < 0.5;
      rows.push({ year, received, kind, source, valid, persons, event: noEventDate ? null : event, cause,
        text: describe(kind, source, valid, cause) });
    }
  }
  rows.sort((a, b) => a.received - b.received); // stable: ties keep plan order
  rows.forEach((r, i) => { r.id = `PRV/${year}/${String(i + 1).padStart(3, '0')}`; });
  privacyRows.push(...rows);
}
const PRIV_HEADER = ['Nr sprawy', 'Data wpływu', 'Rodzaj', 'Źródło', 'Zasadna', 'Liczba osób', 'Data zdarzenia', 'Przyczyna', 'Opis'];
const privacyText = [PRIV_HEADER, ...privacyRows.map((r) => [r.id, ddmmyyyy(r.received), r.kind, r.source, r.valid,
  r.persons, r.event ? ddmmyyyy(r.event) : '', r.cause, r.text])]
  .map((cells) => cells.map((c) => csvField(c, ';')).join(';')).join('\r\n') + '\r\n';

// ---------- b) service metrics ----------
const metricRows = [];
const addMetric = (period, key, cat, text, unit = '') => metricRows.push([period, key, cat, text, unit]);
const QUARTERS = [1, 2, 3, 4];
const CONTACT_BASE = { app: 410000, web: 285000, hotline: 720000, store: 560000, chat: 48000, email: 31000, social: 19000 };
const SEASON_2019 = [0.97, 0.99, 1.0, 1.04];
const TREND_2019 = { app: [0.93, 0.98, 1.03, 1.08], web: [0.96, 0.99, 1.01, 1.04] };
const FACTOR_2020 = { app: [1.16, 1.87, 1.71, 1.8], web: [1.1, 1.66, 1.52, 1.6], hotline: [1.08, 1.46, 1.12, 1.04],
  store: [0.86, 0.41, 0.72, 0.62], chat: [1.2, 2.3, 2.05, 2.15], email: [1.05, 1.34, 1.15, 1.1], social: [1.14, 1.6, 1.41, 1.46] };
for (const year of [2019, 2020]) {
  for (const q of QUARTERS) {
    for (const [ch, base] of Object.entries(CONTACT_BASE)) {
      const f = year === 2019 ? SEASON_2019[q - 1] * (TREND_2019[ch]?.[q - 1] ?? 1) : FACTOR_2020[ch][q - 1];
      const v = Math.round(base * f * (0.98 + rnd() * 0.04) / 10) * 10 + int(0, 9);
      addMetric(`${year}-Q${q}`, 'contacts', ch, plNum(v, { group: year === 2020 && v >= 100000 }));
    }
  }
}
const SELF_SERVICE = { 2019: [61.5, 62.3, 63.4, 64.1], 2020: [68.2, 76.9, 77.6, 78.4] };
for (const year of [2019, 2020]) QUARTERS.forEach((q) => addMetric(`${year}-Q${q}`, 'self_service_share', '', plNum(SELF_SERVICE[year][q - 1], { decimals: 1 }), '%'));
addMetric('2020-03', 'voice_demand_change', '', '50', '%');
addMetric('2020-03', 'data_demand_change', '', '20', '%');
addMetric('2020', 'network_sites_upgraded', '', plNum(2500, { group: true }));
const YEARLY = { complaints_received: [186420, 171905], complaints_upheld: [71233, 63480], sign_language_video_sessions: [1184, 2957] };
for (const [key, [v19, v20]] of Object.entries(YEARLY)) {
  addMetric('2019', key, '', String(v19));
  addMetric('2020', key, '', plNum(v20, { group: true }));
}
addMetric('2019', 'nps', '', '31', 'pkt');
addMetric('2020', 'nps', '', '36,5', 'pkt');
const ALT_FORMATS = { braille: [9, 12], large_print: [64, 57], text_file: [88, 143], screen: [41, 96] };
for (const [i, year] of [2019, 2020].entries()) {
  for (const [fmt, vals] of Object.entries(ALT_FORMATS)) addMetric(String(year), 'alt_format_requests', fmt, String(vals[i]));
}
addMetric('2020', 'universities_zero_rated', '', '32');
addMetric('2020', 'business_free_data', '', '10', 'GB');
addMetric('2020', 'office_software_free_months', '', '6', 'mies.');
const metricsText = '\ufeff' + [['Okres', 'Wskaźnik', 'Kanał', 'Wartość', 'Jednostka'], ...metricRows]
  .map((cells) => cells.map((c) => csvField(c, ';')).join(';')).join('\r\n') + '\r\n';

// ---------- c) accessibility register ----------
// [city, population in thousands] -> stores allocated proportionally (largest remainder), 690 in total
const CITIES = [['Warszawa', 1790], ['Kraków', 780], ['Łódź', 680], ['Wrocław', 640], ['Poznań', 530], ['Gdańsk', 470],
  ['Szczecin', 400], ['Bydgoszcz', 345], ['Lublin', 340], ['Białystok', 297], ['Katowice', 292], ['Gdynia', 245],
  ['Częstochowa', 220], ['Radom', 211], ['Toruń', 201], ['Sosnowiec', 199], ['Rzeszów', 196], ['Kielce', 194],
  ['Gliwice', 178], ['Zabrze', 172], ['Olsztyn', 171], ['Bielsko-Biała', 170], ['Bytom', 166], ['Zielona Góra', 141],
  ['Rybnik', 138], ['Ruda Śląska', 137], ['Opole', 128], ['Tychy', 127], ['Gorzów Wielkopolski', 123],
  ['Dąbrowa Górnicza', 120], ['Elbląg', 119], ['Płock', 119], ['Wałbrzych', 111], ['Włocławek', 109], ['Tarnów', 108],
  ['Chorzów', 107], ['Koszalin', 107], ['Kalisz', 100], ['Legnica', 99], ['Grudziądz', 94], ['Jaworzno', 91],
  ['Słupsk', 90], ['Jastrzębie-Zdrój', 88], ['Nowy Sącz', 84], ['Jelenia Góra', 79], ['Siedlce', 77], ['Konin', 73],
  ['Piła', 73], ['Piotrków Trybunalski', 72], ['Inowrocław', 72], ['Lubin', 72], ['Ostrów Wielkopolski', 72],
  ['Ostrowiec Świętokrzyski', 69], ['Suwałki', 69], ['Stargard', 68], ['Gniezno', 68], ['Głogów', 67], ['Pabianice', 64],
  ['Leszno', 63], ['Zamość', 62], ['Łomża', 62], ['Chełm', 62], ['Tomaszów Mazowiecki', 62], ['Ełk', 61],
  ['Przemyśl', 60], ['Stalowa Wola', 60], ['Kędzierzyn-Koźle', 60], ['Mielec', 60], ['Tczew', 60],
  ['Biała Podlaska', 57], ['Bełchatów', 57], ['Świdnica', 56], ['Racibórz', 55], ['Kołobrzeg', 46],
  ['Świnoujście', 41], ['Sopot', 36], ['Augustów', 30], ['Giżycko', 29], ['Zakopane', 27], ['Sandomierz', 23]];
const STORES = 690, SIGN_ONLY = 50, LOOP_ONLY = 35, BOTH = 35, STEP_FREE = 138, ADAPTED_DESK = 92;
const popTotal = CITIES.reduce((s, [, p]) => s + p, 0);
const alloc = CITIES.map(([city, p]) => ({ city, n: Math.max(1, Math.floor((STORES * p) / popTotal)), rem: (STORES * p) / popTotal % 1 }));
const byRem = [...alloc].sort((a, b) => b.rem - a.rem);
for (let i = 0; STORES - alloc.reduce((s, a) => s + a.n, 0) > 0; i++) byRem[i % byRem.length].n++;
const stores = shuffle(alloc.flatMap(({ city, n }) => Array.from({ length: n }, () => ({ city }))));
stores.forEach((s, i) => Object.assign(s, { id: `S${String(i + 1).padStart(4, '0')}`, sign: false, loop: false, stepFree: false, desk: false }));
const order = shuffle([...stores.keys()]);
order.slice(0, BOTH).forEach((i) => { stores[i].sign = stores[i].loop = true; });
order.slice(BOTH, BOTH + SIGN_ONLY).forEach((i) => { stores[i].sign = true; });
order.slice(BOTH + SIGN_ONLY, BOTH + SIGN_ONLY + LOOP_ONLY).forEach((i) => { stores[i].loop = true; });
const stepFree = shuffle([...stores.keys()]).slice(0, STEP_FREE);
stepFree.forEach((i) => { stores[i].stepFree = true; });
stepFree.slice(0, ADAPTED_DESK).forEach((i) => { stores[i].desk = true; }); // desks only where there are no steps
const yn = (b) => (b ? 'tak' : 'nie');
const accessText = [['salon', 'miasto', 'tłumacz PJM', 'pętla indukcyjna', 'bez barier', 'stanowisko dostosowane'].join(','),
  ...stores.map((s) => [s.id, csvField(s.city, ',', s.city.includes(' ')), yn(s.sign), yn(s.loop), yn(s.stepFree), yn(s.desk)].join(','))]
  .join('\n') + '\n';

// ---------- d) digital accessibility register: one row per channel, its latest audit ----------
const channels = [
  ['DK-01', 'Serwis operatora', 'serwis internetowy', 'WCAG 2.1 AA', '12.03.2020', 50, 4, 'częściowa', 0, 'tak'],
  ['DK-02', 'Serwis pomocy technicznej', 'serwis internetowy', 'WCAG 2.1 AA', '02.04.2020', 50, 0, 'pełna', 0, 'tak'],
  ['DK-03', 'Aplikacja „Mój Operator” (Android)', 'aplikacja mobilna', 'EN 301 549 v3.2.1', '20.05.2020', 56, 9, 'częściowa', 2, 'tak'],
  ['DK-04', 'Aplikacja „Mój Operator” (iOS)', 'aplikacja mobilna', 'EN 301 549 v3.2.1', '21.05.2020', 56, 6, 'częściowa', 1, 'tak'],
  ['DK-05', 'Sklep internetowy', 'sklep internetowy', 'WCAG 2.1 AA', '08.09.2020', 50, 0, 'pełna', 0, 'tak'],
  ['DK-06', 'Portal „Moje konto”', 'portal samoobsługowy', 'WCAG 2.1 AA', '14.10.2020', 50, 12, 'częściowa', 3, 'nie'],
  ['DK-07', 'Infolinia (menu głosowe i konsultanci)', 'infolinia', 'EN 301 549 v3.2.1', '30.06.2020', 22, 1, 'częściowa', 0, 'nie'],
  ['DK-08', 'Czat na stronie', 'czat', 'WCAG 2.1 AA', '25.11.2020', 50, 2, 'częściowa', 0, 'tak'],
];
const digitalText = '\ufeff' + [['ID kanału', 'Kanał', 'Typ kanału', 'Standard', 'Data audytu', 'Liczba kryteriów', 'Niespełnione kryteria', 'Zgodność', 'Krytyczne otwarte', 'Deklaracja dostępności'],
  ...channels].map((row) => row.join(';')).join('\r\n') + '\r\n';

// ---------- write and report ----------
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'privacy-register.csv'), encodeCp1250(privacyText));
writeFileSync(join(OUT, 'service-metrics.csv'), metricsText, 'utf8');
writeFileSync(join(OUT, 'accessibility-register.csv'), accessText, 'utf8');
writeFileSync(join(OUT, 'digital-accessibility.csv'), digitalText, 'utf8');

const TARGET = { 2020: { a_i: 14, a_ii: 2, b: 23 }, 2019: { a_i: 11, a_ii: 3, b: 19 } };
for (const year of [2020, 2019]) {
  const rows = privacyRows.filter((r) => r.year === year);
  const subst = rows.filter((r) => r.kind === 'skarga' && r.valid === 'tak');
  const counted = rows.filter((r) => INCIDENT.has(r.kind) || (r.kind === 'skarga' && r.valid === 'tak' && r.source !== W));
  const f = { a_i: subst.filter((r) => r.source === K || r.source === T).length, a_ii: subst.filter((r) => r.source === R).length,
    b: rows.filter((r) => INCIDENT.has(r.kind)).length };
  f.a = f.a_i + f.a_ii;
  if (f.a_i !== TARGET[year].a_i || f.a_ii !== TARGET[year].a_ii || f.b !== TARGET[year].b) throw new Error(`418-1 ${year} off target`);
  const complaints = rows.filter((r) => r.kind === 'skarga');
  console.log(`418-1 ${year}: a.i=${f.a_i} a.ii=${f.a_ii} a=${f.a} b=${f.b}` +
    ` (leaks=${rows.filter((r) => r.kind === 'wyciek').length} thefts=${rows.filter((r) => r.kind === 'kradzież').length}` +
    ` losses=${rows.filter((r) => r.kind === 'utrata').length}); complaints received=${complaints.length}` +
    ` unsubstantiated=${complaints.filter((r) => r.valid === 'nie').length} internal=${complaints.filter((r) => r.source === W).length}` +
    ` records_affected=${rows.filter((r) => INCIDENT.has(r.kind)).reduce((s, r) => s + r.persons, 0)}` +
    ` from_previous_periods=${counted.filter((r) => r.event && r.event.getUTCFullYear() < year).length}; rows=${rows.length}`);
}
console.log(`privacy descriptions with ';': ${privacyRows.filter((r) => r.text.includes(';')).length}, with a line break: ${privacyRows.filter((r) => r.text.includes('\n')).length}`);
const count = (p) => stores.filter(p).length;
console.log(`stores: total=${stores.length} sign_language=${count((s) => s.sign)} induction_loop=${count((s) => s.loop)}` +
  ` both=${count((s) => s.sign && s.loop)} sign_or_loop=${count((s) => s.sign || s.loop)} step_free=${count((s) => s.stepFree)}` +
  ` adapted_desk=${count((s) => s.desk)} cities=${new Set(stores.map((s) => s.city)).size}`);
console.log(`service-metrics rows: ${metricRows.length}`);
const sum = (i) => channels.reduce((n, c) => n + c[i], 0);
console.log(`digital channels: ${channels.length}, full=${channels.filter((c) => c[7] === 'pełna').length}, criteria ${sum(5)}, failed ${sum(6)}, open critical ${sum(8)}`);
