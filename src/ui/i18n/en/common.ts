// App shell, shared words, code labels and export buttons.
// English is the source of truth: fi/common.ts has the same shape (a missing key is a compile error).
import type { ColumnRole, ColumnType, DatasetKind, DateFormat, Delimiter, IssueReason } from '../../../lib/types';
import type { ModelName } from '../../../lib/attribution/types';
import { KIND_LABELS, DELIMITER_LABELS } from '../../../lib/util/format';
import { ROLE_LABELS, TYPE_LABELS, REASON_LABELS, DATE_FORMAT_LABELS } from '../../labels';
import { MODEL_LABELS, MODEL_HELP } from '../../attribution/labels';

export const commonMessages = {
  app: {
    tagline: 'Attribution, A/B tests, budget and KPIs from your CSV exports',
    privacy: 'Files are processed on this device and never uploaded.',
    views: 'Views',
    language: 'Language',
    tabs: { data: 'Data', attribution: 'Attribution', experiments: 'A/B tests', budget: 'Budget', kpis: 'KPIs' },
  },
  codes: {
    roles: ROLE_LABELS as Record<ColumnRole, string>,
    types: TYPE_LABELS as Record<ColumnType, string>,
    reasons: REASON_LABELS as Record<IssueReason, string>,
    dateFormats: DATE_FORMAT_LABELS as Record<DateFormat, string>,
    kinds: KIND_LABELS as Record<DatasetKind, string>,
    delimiters: DELIMITER_LABELS as Record<Delimiter, string>,
    models: MODEL_LABELS as Record<ModelName, string>,
    modelHelp: MODEL_HELP as Record<ModelName, string>,
  },
  common: {
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    save: 'Save',
    show: 'Show',
    channel: 'Channel',
    conversions: 'Conversions',
    conversionValue: 'Conversion value',
    conversionRate: 'Conversion rate',
    journeys: 'Journeys',
    spend: 'Spend',
    computing: 'Computing…',
    exportCsv: 'Export CSV',
    exportCsvOf: (what: string) => `Export CSV of the ${what}`,
    table: 'table',
    loadExampleHint: 'Load example data',
    acrossModels: 'Across models',
  },
  /** What the views say when the worker throws (the error's own text follows) and the workspace notices. */
  status: {
    attributionFailed: (why: string) => `Attribution failed: ${why}`,
    analysisFailed: (why: string) => `The analysis failed: ${why}`,
    budgetFailed: (why: string) => `The budget could not be computed: ${why}`,
    kpisFailed: (why: string) => `The KPIs could not be computed: ${why}`,
    unreadable: (file: string, why: string) => `${file} could not be read: ${why}`,
    restored: (n: number) => `Restored ${n === 1 ? 'your file' : `${n} files`} from your last visit (kept in this browser only).`,
    forgotten: 'All data was forgotten: the datasets, the saved workspace, remembered column mappings and weight presets are gone from this browser.',
  },
  exporting: {
    size: 'Size',
    pngSize: 'PNG size',
    transparent: 'Transparent',
    png: 'Export PNG',
    svg: 'Export SVG',
    copy: 'Copy image',
    pngFailed: (why: string) => `The PNG could not be made: ${why}. Try Export SVG.`,
    copied: 'Image copied: paste it into your slides or message.',
    downloaded: 'This page cannot use the clipboard here, so the image was downloaded instead.',
    report: 'Export report',
    print: 'Print report',
    reportTitle: 'Mittari report',
    reportSubtitle: 'Report of the current view',
    reportFailed: (why: string) => `The report could not be made: ${why}.`,
    dataRange: (from: string, to: string) => ` · Data ${from} – ${to}`,
    more: (n: number) => ` and ${n} more`,
    source: (list: string) => `Source: ${list}`,
    exported: (date: string) => `Exported ${date}`,
  },
};
