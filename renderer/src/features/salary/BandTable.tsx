import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, Download } from 'lucide-react';
import { useState } from 'react';
import { BAND_KEYS, type BandKey } from '@shared/domain/percentiles';
import { PERCENTILE_LABELS, type SalaryBand } from '@shared/domain/salary-explorer';
import { formatInteger } from '../../format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAppStore } from '../../store';
import { UNPUBLISHED, bandValue, sourceOf } from './band-format';

const column = createColumnHelper<SalaryBand>();

const percentileColumn = (key: BandKey) =>
  column.accessor(key, {
    header: PERCENTILE_LABELS[key],
    sortUndefined: 'last',
    // Unpublished cells sort last in both directions instead of counting as 0.
    sortingFn: (a, b) => (a.original[key] ?? -1) - (b.original[key] ?? -1),
    cell: (info) => (
      <span title={`Source: ${sourceOf(info.row.original, key)}`} className={info.getValue() === null ? 'muted' : undefined}>
        {bandValue(info.row.original, key)}
      </span>
    ),
    meta: { numeric: true },
  });

const COLUMNS = [
  column.accessor('label', { header: 'Area or group' }),
  column.accessor('datasetName', { header: 'Dataset' }),
  column.accessor('year', { header: 'Year', cell: (i) => i.getValue() ?? 'not stated' }),
  column.accessor('count', {
    header: 'Jobs / records',
    cell: (i) => (i.getValue() === null ? <span className="muted">not published</span> : formatInteger(i.getValue() ?? 0)),
    meta: { numeric: true },
  }),
  ...BAND_KEYS.map(percentileColumn),
];

interface BandTableProps {
  bands: readonly SalaryBand[];
  /** Areas the publisher has no figures for: listed after the bands, saying so. */
  unpublished?: readonly string[];
  caption: string;
  exportName: string;
}

/** Every figure of the chart, sortable, with "Export CSV". */
export function BandTable({ bands, unpublished = [], caption, exportName }: BandTableProps) {
  const exportCsv = useAppStore((s) => s.exportCsv);
  const reportError = useAppStore((s) => s.reportError);
  const [sorting, setSorting] = useState<SortingState>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- tanstack's table object is not memoisable; this component re-renders with it by design.
  const table = useReactTable({
    data: bands as SalaryBand[],
    columns: COLUMNS,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const onExport = () => {
    const header = ['Area or group', 'Dataset', 'Year', 'Jobs or records', ...BAND_KEYS.map((k) => PERCENTILE_LABELS[k]), 'Currency'];
    const rows = [
      ...table.getRowModel().rows.map(({ original: b }) => [b.label, b.datasetName, b.year, b.count, ...BAND_KEYS.map((k) => b[k]), b.currency]),
      ...unpublished.map((name) => [name, UNPUBLISHED, ...header.slice(2).map(() => null)]),
    ];
    exportCsv(exportName, header, rows).catch(reportError);
  };

  return (
    <div className="band-table">
      <div className="table-toolbar">
        <span className="muted">Empty cells: “not published” by the source, or “too few records” in your group.</span>
        <button type="button" onClick={onExport}>
          <Download size={16} aria-hidden /> Export CSV
        </button>
      </div>
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th key={header.id} scope="col" className={numeric ? 'numeric' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted === 'asc' ? <ArrowUp size={12} aria-hidden /> : sorted === 'desc' ? <ArrowDown size={12} aria-hidden /> : null}
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <td key={cell.id} className={numeric ? 'numeric' : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            ))}
            {unpublished.map((name) => (
              <tr key={`unpublished-${name}`}>
                <td>{name}</td>
                <td colSpan={COLUMNS.length - 1} className="muted">
                  {UNPUBLISHED}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
