/** The GRI editions the chapter can follow: the 2016 management approach (103) or GRI 3 (2021). */
export type GriEdition = '2016' | '2021';
