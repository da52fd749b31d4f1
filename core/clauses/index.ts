// Clause libraries, letter templates and the agency directory (issue 5): the pure API the CLI, the
// clause panel and the shell's "Tạo mới từ mẫu" use.
export * from './model';
export * from './variables';
export * from './placeholders';
export * from './roles';
export * from './catalog';
export * from './relevel';
export * from './template';
export * from './directory';
export * from './instantiate';
export * from './updates';
export * from './diff';
export * from './unfilled';
export * from './load';
export * from './check';
export * from './lock';
export { jsonLineMap, lineOf } from './json-lines';
export { canChi, tetNguyenDan, lunarToSolar } from './lunar';
export type { SolarDate } from './lunar';
export * from './holidays';
export * from './citation';
export { shortDate, longDate, dayMonth, parseDate } from './dates';
export * from './edit';
